using TextMiner.Core.Stages;

namespace TextMiner.Fetching.Crawling;

public abstract partial record CrawlOutcome
{
    /// <summary>
    /// Something a site did that the crawler bounded or refused and went on (a clamped crawl-delay, a capped sitemap, an
    /// off-site sitemap or pagination link not followed). <paramref name="Reason"/> is a <c>FetchErrors</c> code and
    /// its detail. Not a document: not counted as discovered and not written to crawl state.
    /// </summary>
    public sealed record Notice(string Source, string Url, Diagnostic Reason) : CrawlOutcome(Source, Url);
}
