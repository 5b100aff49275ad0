namespace TextMiner.Parsing;

/// <summary>Codes of the diagnostics the parser reports when it recovers from something.</summary>
public static class ParseDiagnostics
{
    public const string TitleMissing = "title-missing";
    public const string PublishedMissing = "published-missing";
    public const string PublishedMonthOnly = "published-month-only";
    public const string ContentFallback = "content-fallback";
    public const string PdfPageUnreadable = "pdf-page-unreadable";
    public const string PdfTruncated = "pdf-truncated";
    public const string PdfPagesLimited = "pdf-pages-limited";
    public const string PdfRunningLinesRemoved = "pdf-running-lines-removed";
    public const string FormatMismatch = "format-mismatch";
    public const string EncodingFallback = "encoding-fallback";
}
