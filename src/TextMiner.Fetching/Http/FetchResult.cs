namespace TextMiner.Fetching.Http;

internal enum FetchStatus
{
    Ok,
    NotModified,
    Failed,
}

/// <summary>One GET after redirects, retries and checks.</summary>
internal sealed record FetchResult(
    FetchStatus Status,
    DateTimeOffset FetchedAt,
    int? StatusCode = null,
    byte[]? Bytes = null,
    string? ContentType = null,
    string? ETag = null,
    DateTimeOffset? LastModified = null,
    string? Error = null,
    bool Transient = false);
