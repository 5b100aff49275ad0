namespace TextMiner.Storage;

/// <summary>
/// Counts over the whole store. <paramref name="PendingIndex"/> counts documents and tombstones the search index has
/// not caught up with; <paramref name="FileSizeBytes"/> is the database file plus its write-ahead log.
/// </summary>
public sealed record StoreStatistics(
    long Documents,
    IReadOnlyList<SourceCount> DocumentsBySource,
    long Paragraphs,
    long Ratings,
    long Figures,
    long Quotes,
    long HistoricalVersions,
    long PendingIndex,
    long CrawledUrls,
    long FileSizeBytes);
