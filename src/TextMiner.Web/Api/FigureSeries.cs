namespace TextMiner.Web.Api;

/// <summary>Every figure of one kind, oldest first (undated last).</summary>
internal sealed record FigureSeries(string Kind, IReadOnlyList<FigurePoint> Points);
