using TextMiner.Core.Stages;
using TextMiner.Fetching.Http;

namespace TextMiner.Fetching.Crawling;

public abstract partial record CrawlOutcome
{
    /// <summary>
    /// Could not be fetched (after retries) or taken by the pipeline. <paramref name="Reason"/> is a code (a
    /// <c>FetchErrors</c> constant, or the pipeline's) and its detail; <paramref name="Transient"/> says a later run may succeed; <paramref name="DuringDiscovery"/> marks a sitemap,
    /// feed or listing page (not a document).
    /// </summary>
    public sealed record Failed(string Source, string Url, Diagnostic Reason, bool Transient, int? StatusCode = null, bool DuringDiscovery = false)
        : CrawlOutcome(Source, Url)
    {
        /// <summary>A failed fetch: its reason, whether it is transient, and the HTTP status when the server answered.</summary>
        internal static Failed Of(string source, string url, StageResult<FetchedPage> fetch, bool duringDiscovery = false) =>
            new(source, url, fetch.Reason!, fetch.IsTransient, fetch.Value?.StatusCode, duringDiscovery);
    }
}
