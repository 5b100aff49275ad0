using System.Text;
using TextMiner.Core;
using TextMiner.Core.Stages;

namespace TextMiner.Fetching.Http;

/// <summary>
/// Checks a declared content type (and a URL's extension) against what <see cref="FormatSniffer"/> reads from the
/// first bytes of the body.
/// </summary>
internal static class ContentTypeCheck
{
    public const string Pdf = "application/pdf";
    public const string Html = "text/html";
    public const string Xml = "application/xml";
    private const string Binary = "application/octet-stream";

    /// <summary>The media type the bytes show: PDF, binary, XML (a feed or sitemap) or HTML; null for anything else.</summary>
    public static string? Sniff(ReadOnlySpan<byte> bytes)
    {
        if (FormatSniffer.LooksLikePdf(bytes))
        {
            return Pdf;
        }

        if (FormatSniffer.HasNul(bytes))
        {
            return Binary;
        }

        var text = Encoding.UTF8.GetString(bytes[..Math.Min(bytes.Length, FormatSniffer.SniffLength)]).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (text.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase) && !text.Contains("<html", StringComparison.OrdinalIgnoreCase))
        {
            return Xml;
        }

        return FormatSniffer.LooksLikeHtml(bytes) ? Html : null;
    }

    /// <summary>
    /// The content type to hand on, or an error: a body that claims (by header or by extension) to be a PDF but is not
    /// one fails; a PDF served with another type is accepted as a PDF; binary bytes declared as text fail.
    /// </summary>
    public static (string? ContentType, Diagnostic? Error) Check(Uri url, string? declared, ReadOnlySpan<byte> bytes)
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
            return (declared, Diagnostic.Error(FetchErrors.ContentMismatch, $"expected {Pdf}, declared {declared ?? "nothing"}, bytes look like {sniffed ?? "text"}"));
        }

        if (sniffed == Binary && (media is null || media.StartsWith("text/", StringComparison.Ordinal) || media.Contains("xml", StringComparison.Ordinal)))
        {
            return (declared, Diagnostic.Error(FetchErrors.ContentMismatch, $"declared {declared ?? "nothing"}, bytes are binary"));
        }

        if (sniffed == Html && media is not null && media != Html && media != "application/xhtml+xml" && !media.Contains("xml", StringComparison.Ordinal))
        {
            return (Html, null);
        }

        return (declared ?? sniffed, null);
    }
}
