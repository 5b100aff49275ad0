namespace TextMiner.Evaluation.Parsing;

/// <summary>One expected paragraph of a fixture; <paramref name="Page"/> and <paramref name="Heading"/> are checked when given.</summary>
public sealed record ExpectedParagraph(string Text, int? Page = null, string? Heading = null);
