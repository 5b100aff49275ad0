namespace TextMiner.Core.Records;

/// <summary>A theme label (see <see cref="Themes"/>) with the model's score in 0..1.</summary>
public sealed record ThemeScore(string Label, double Score);
