namespace TextMiner.Parsing.Pdf;

/// <summary>A table found on a page: rows top to bottom, each row's cells left to right.</summary>
internal sealed record PdfTable(int Id, IReadOnlyList<IReadOnlyList<PdfCell>> Rows, PdfRectangleLike Bounds);
