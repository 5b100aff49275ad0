using TextMiner.Core.Stages;

namespace TextMiner.Fetching.Crawling;

public abstract partial record CrawlOutcome
{
    /// <summary>Not fetched, or fetched and set aside: <paramref name="Reason"/> is a <c>FetchErrors</c> code and its detail.</summary>
    public sealed record Skipped(string Source, string Url, Diagnostic Reason) : CrawlOutcome(Source, Url);
}
