namespace TextMiner.Evaluation.Extraction;

/// <summary>An expected figure in the gold set.</summary>
public sealed record GoldFigure(string Kind, double Value, string? Subject);
