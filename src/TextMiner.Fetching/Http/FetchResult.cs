using TextMiner.Core.Stages;

namespace TextMiner.Fetching.Http;

internal enum FetchStatus
{
    Ok,
    NotModified,
    Failed,
}

/// <summary>
/// One GET after redirects, retries and checks: the HTTP answer a fetch stage reads. A failure carries its reason (a
/// <see cref="FetchErrors"/> code and detail) and whether it is transient (timeouts, connection errors, 408, 429, 5xx).
/// </summary>
internal sealed record FetchResult(
    FetchStatus Status,
    DateTimeOffset FetchedAt,
    int? StatusCode = null,
    byte[]? Bytes = null,
    string? ContentType = null,
    string? ETag = null,
    DateTimeOffset? LastModified = null,
    Diagnostic? Error = null,
    bool Transient = false);
