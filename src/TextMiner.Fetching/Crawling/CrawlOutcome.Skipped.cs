namespace TextMiner.Fetching.Crawling;

public abstract partial record CrawlOutcome
{
    /// <summary>Not fetched, or fetched and set aside: <paramref name="Reason"/> starts with a <c>FetchErrors</c> constant.</summary>
    public sealed record Skipped(string Source, string Url, string Reason) : CrawlOutcome(Source, Url);
}
