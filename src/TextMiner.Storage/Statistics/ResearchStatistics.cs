namespace TextMiner.Storage.Statistics;

/// <summary>What `textminer stats` reports: totals, documents by source and year, ratings, figures over time, top speakers and themes.</summary>
public sealed record ResearchStatistics(
    StatisticsTotals Totals,
    IReadOnlyList<DocumentCount> DocumentsBySourceAndYear,
    IReadOnlyList<RatingCount> RatingsByYearSourceAndAspect,
    IReadOnlyList<FigureSeries> FiguresOverTime,
    IReadOnlyList<SpeakerCount> TopSpeakers,
    IReadOnlyList<ThemeCount> TopThemes);
