namespace TextMiner.Fetching.Http;

/// <summary>
/// The HTTP answer of one GET after redirects, retries and checks: the value of a fetch's <c>StageResult</c>. An ok
/// result is a 2xx with its <see cref="Bytes"/>, or a 304 (<see cref="NotModified"/>, no bytes: the caller holds them). A
/// failed result carries the answer too when there was one (a 404, a 503, a body of the wrong type), so callers can read
/// its <see cref="StatusCode"/>; a timeout or connection error has none.
/// </summary>
internal sealed record FetchedPage(
    DateTimeOffset FetchedAt,
    int StatusCode,
    byte[]? Bytes = null,
    string? ContentType = null,
    string? ETag = null,
    DateTimeOffset? LastModified = null)
{
    public bool NotModified => StatusCode == 304;
}
