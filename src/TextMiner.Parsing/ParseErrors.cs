namespace TextMiner.Parsing;

/// <summary>Reasons a document could not be parsed at all (the <c>Reason</c> of a failed <c>StageResult</c>).</summary>
public static class ParseErrors
{
    public const string EmptyFile = "empty file: the document has no bytes";
    public const string UnsupportedFormat = "unsupported format: not recognisable as PDF, HTML or plain text";
    public const string NotAPdf = "not a PDF: the file is named or typed as PDF but does not start with %PDF-";
    public const string TruncatedPdf = "truncated PDF: the file ends before the PDF trailer and no page could be read";
    public const string EncryptedPdf = "encrypted PDF: the document is password protected";
    public const string DamagedPdf = "damaged PDF: the PDF structure could not be read";
    public const string PdfNoText = "PDF has no extractable text (scanned images or empty pages)";
    public const string HtmlNoBody = "HTML has no body";
    public const string HtmlNoText = "HTML has no readable text in its body";
    public const string HtmlTooDeep = "HTML too deeply nested: more levels of elements than the parser allows (ParsingOptions.MaxHtmlDepth)";
    public const string PdfTooDeep = "PDF too deeply nested: its objects nest deeper than the parser allows (ParsingOptions.MaxPdfNesting)";
    public const string TextNoContent = "plain text has no content";
    public const string BinaryText = "binary content: the bytes are not text";
}
