namespace TextMiner.Evaluation.Extraction;

/// <summary>An expected rating in the gold set.</summary>
public sealed record GoldRating(string Value, string Aspect, string? Subject);
