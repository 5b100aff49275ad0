namespace TextMiner.Web.Api;

/// <summary>One paragraph with the evidence spans of its findings.</summary>
internal sealed record ParagraphModel(int Index, string Text, int? Page, string? Heading, IReadOnlyList<MarkModel> Marks);
