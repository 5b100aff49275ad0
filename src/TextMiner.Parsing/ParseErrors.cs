using TextMiner.Core.Stages;

namespace TextMiner.Parsing;

/// <summary>Reasons a document could not be parsed at all (the <c>Reason</c> of a failed <c>StageResult</c>): a code and its detail.</summary>
public static class ParseErrors
{
    public static readonly Diagnostic EmptyFile = Diagnostic.Error("empty-file", "the document has no bytes");
    public static readonly Diagnostic UnsupportedFormat = Diagnostic.Error("unsupported-format", "not recognisable as PDF, HTML or plain text");
    public static readonly Diagnostic NotAPdf = Diagnostic.Error("not-a-pdf", "the file is named or typed as PDF but has no %PDF- header in its first 1,024 bytes");
    public static readonly Diagnostic TruncatedPdf = Diagnostic.Error("truncated-pdf", "the file ends before the PDF trailer and no page could be read");
    public static readonly Diagnostic EncryptedPdf = Diagnostic.Error("encrypted-pdf", "the document is password protected");
    public static readonly Diagnostic DamagedPdf = Diagnostic.Error("damaged-pdf", "the PDF structure could not be read");
    public static readonly Diagnostic PdfNoText = Diagnostic.Error("pdf-no-text", "the PDF has no extractable text (scanned images or empty pages)");
    public static readonly Diagnostic HtmlNoBody = Diagnostic.Error("html-no-body", "the HTML has no body");
    public static readonly Diagnostic HtmlNoText = Diagnostic.Error("html-no-text", "the HTML has no readable text in its body");
    public static readonly Diagnostic HtmlTooDeep = Diagnostic.Error("html-too-deep", "more levels of elements than the parser allows (ParsingOptions.MaxHtmlDepth)");
    public static readonly Diagnostic PdfTooDeep = Diagnostic.Error("pdf-too-deep", "the PDF's objects nest deeper than the parser allows (ParsingOptions.MaxPdfNesting)");
    public static readonly Diagnostic TextNoContent = Diagnostic.Error("text-no-content", "the plain text has no content");
    public static readonly Diagnostic BinaryText = Diagnostic.Error("binary-text", "the bytes are not text");
}
