namespace TextMiner.Storage.Statistics;

/// <summary>Every figure of one kind, oldest first (undated last), each with its evidence.</summary>
public sealed record FigureSeries(string Kind, IReadOnlyList<FigurePoint> Points);
