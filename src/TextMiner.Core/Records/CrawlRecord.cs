namespace TextMiner.Core.Records;

/// <summary>What the crawler knows about one URL from earlier runs: validators for conditional GET, and the last outcome.</summary>
public sealed record CrawlRecord(
    string Url,
    string Source,
    string? ETag,
    DateTimeOffset? LastModified,
    string? Sha256,
    DateTimeOffset FirstSeen,
    DateTimeOffset LastSeen,
    DateTimeOffset? LastFetched,
    int? LastStatus,
    string? LastError);
