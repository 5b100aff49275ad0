namespace TextMiner.Fetching.Crawling;

public abstract partial record CrawlOutcome
{
    /// <summary>The server answered 304 to a conditional request: nothing to do.</summary>
    public sealed record NotModified(string Source, string Url, string Kind) : CrawlOutcome(Source, Url);
}
