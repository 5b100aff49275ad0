namespace TextMiner.Core.Records;

/// <summary>One paragraph of a parsed document. <paramref name="Page"/> is 1-based, for PDFs only.</summary>
public sealed record Paragraph(int Index, string Text, int? Page = null, string? Heading = null);
