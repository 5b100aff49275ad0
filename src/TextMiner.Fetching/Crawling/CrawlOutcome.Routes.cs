using TextMiner.Fetching.Discovery;

namespace TextMiner.Fetching.Crawling;

public abstract partial record CrawlOutcome
{
    /// <summary>
    /// What discovery found, route by route, and the documents one complete route lists and another complete route
    /// that covers them misses. Yielded once per crawl, after discovery. Not a document.
    /// </summary>
    public sealed record Routes(string Source, string Url, DiscoveryReport Report) : CrawlOutcome(Source, Url);
}
