using System.Text;

namespace TextMiner.Core;

/// <summary>
/// The one place a format is read from bytes, for the fetcher's content-type check and the parser alike: bytes first
/// (<c>%PDF-</c>, HTML markers), then content type, then extension.
/// </summary>
public static class FormatSniffer
{
    /// <summary>How far into the bytes the header is looked for: PDF readers accept <c>%PDF-</c> anywhere in the first 1,024 bytes.</summary>
    public const int SniffLength = 1024;

    private static readonly string[] HtmlMarkers = ["<!doctype html", "<html", "<head", "<body", "<meta ", "<title"];

    /// <summary>True when <c>%PDF-</c> appears in the first <see cref="SniffLength"/> bytes (junk may precede it).</summary>
    public static bool LooksLikePdf(ReadOnlySpan<byte> bytes) =>
        bytes[..Math.Min(bytes.Length, SniffLength)].IndexOf("%PDF-"u8) >= 0;

    /// <summary>True when the first bytes open an HTML document or hold one of its usual tags.</summary>
    public static bool LooksLikeHtml(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.UTF8.GetString(bytes[..Math.Min(bytes.Length, SniffLength)]).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (head.StartsWith('<') && head.Contains("html", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return HtmlMarkers.Any(m => head.Contains(m, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>True when the first <see cref="SniffLength"/> bytes hold a NUL: binary, whatever the declared type says.</summary>
    public static bool HasNul(ReadOnlySpan<byte> bytes) => bytes[..Math.Min(bytes.Length, SniffLength)].IndexOf((byte)0) >= 0;

    public static DocumentFormat FromBytes(ReadOnlySpan<byte> bytes) =>
        LooksLikePdf(bytes) ? DocumentFormat.Pdf
        : LooksLikeHtml(bytes) ? DocumentFormat.Html
        : DocumentFormat.Unknown;

    public static DocumentFormat FromContentType(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return DocumentFormat.Unknown;
        }

        var type = contentType.Split(';')[0].Trim().ToLowerInvariant();
        return type switch
        {
            "application/pdf" or "application/x-pdf" => DocumentFormat.Pdf,
            "text/html" or "application/xhtml+xml" => DocumentFormat.Html,
            "text/plain" => DocumentFormat.Text,
            _ => DocumentFormat.Unknown,
        };
    }

    public static DocumentFormat FromExtension(string extension) => extension switch
    {
        ".pdf" => DocumentFormat.Pdf,
        ".html" or ".htm" or ".xhtml" or ".php" or ".aspx" => DocumentFormat.Html,
        ".txt" or ".text" => DocumentFormat.Text,
        _ => DocumentFormat.Unknown,
    };

    /// <summary>True when the bytes read as text: no NULs and few control characters.</summary>
    public static bool LooksLikeText(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 4096)];
        if (sample.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || sample.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return true;
        }

        var controls = 0;
        foreach (var b in sample)
        {
            if (b == 0)
            {
                return false;
            }

            if (b < 0x20 && b is not (byte)'\t' and not (byte)'\n' and not (byte)'\r' and not 0x0C)
            {
                controls++;
            }
        }

        return controls <= sample.Length / 100;
    }
}
