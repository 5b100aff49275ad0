namespace TextMiner.Evaluation.Extraction;

/// <summary>An expected quote in the gold set.</summary>
public sealed record GoldQuote(string Text, string? Speaker, string? Role, string? Organisation);
