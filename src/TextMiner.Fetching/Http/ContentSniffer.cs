using System.Text;

namespace TextMiner.Fetching.Http;

/// <summary>Checks a declared content type (and a URL's extension) against the first bytes of the body.</summary>
internal static class ContentSniffer
{
    public const string Pdf = "application/pdf";
    public const string Html = "text/html";
    public const string Xml = "application/xml";

    public static string? Sniff(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, 1024)];
        if (head.IndexOf("%PDF-"u8) is >= 0 and < 16)
        {
            return Pdf;
        }

        if (head.IndexOf((byte)0) >= 0)
        {
            return "application/octet-stream";
        }

        var text = Encoding.UTF8.GetString(head).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (text.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase))
        {
            return text.Contains("<html", StringComparison.OrdinalIgnoreCase) ? Html : Xml;
        }

        if (text.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || text.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("<head", StringComparison.OrdinalIgnoreCase) || text.StartsWith("<!--", StringComparison.Ordinal)
            || text.Contains("<body", StringComparison.OrdinalIgnoreCase))
        {
            return Html;
        }

        return null;
    }

    /// <summary>
    /// The content type to hand on, or an error: a body that claims (by header or by extension) to be a PDF but is not
    /// one fails; a PDF served with another type is accepted as a PDF; binary bytes declared as text fail.
    /// </summary>
    public static (string? ContentType, string? Error) Check(Uri url, string? declared, ReadOnlySpan<byte> bytes)
    {
        var sniffed = Sniff(bytes);
        var media = declared?.Split(';')[0].Trim().ToLowerInvariant();
        var claimsPdf = media == Pdf || url.AbsolutePath.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase);
        if (sniffed == Pdf)
        {
            return (Pdf, null);
        }

        if (claimsPdf)
        {
            return (declared, $"{FetchErrors.ContentMismatch}: expected {Pdf}, declared {declared ?? "nothing"}, bytes look like {sniffed ?? "text"}");
        }

        if (sniffed == "application/octet-stream" && (media is null || media.StartsWith("text/", StringComparison.Ordinal) || media.Contains("xml", StringComparison.Ordinal)))
        {
            return (declared, $"{FetchErrors.ContentMismatch}: declared {declared ?? "nothing"}, bytes are binary");
        }

        if (sniffed == Html && media is not null && media != Html && media != "application/xhtml+xml" && !media.Contains("xml", StringComparison.Ordinal))
        {
            return (Html, null);
        }

        return (declared ?? sniffed, null);
    }
}
