namespace TextMiner.Fetching.Crawling;

public abstract partial record CrawlOutcome
{
    /// <summary>
    /// Could not be fetched after retries. <paramref name="Reason"/> starts with a <c>FetchErrors</c> constant;
    /// <paramref name="Transient"/> says a later run may succeed; <paramref name="DuringDiscovery"/> marks a sitemap,
    /// feed or listing page (not a document).
    /// </summary>
    public sealed record Failed(string Source, string Url, string Reason, bool Transient, int? StatusCode = null, bool DuringDiscovery = false)
        : CrawlOutcome(Source, Url);
}
