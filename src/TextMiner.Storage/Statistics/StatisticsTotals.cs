namespace TextMiner.Storage.Statistics;

/// <summary>Totals over the whole store.</summary>
public sealed record StatisticsTotals(long Documents, long Paragraphs, long Ratings, long Figures, long Quotes);
