namespace TextMiner.Fetching.Crawling;

public enum CrawlPhase
{
    Discovering,
    Fetching,
    Done,
}

/// <summary>Where a crawl is: <paramref name="Processed"/> of <paramref name="Discovered"/> documents, and the current URL.</summary>
public sealed record CrawlProgress(string Source, CrawlPhase Phase, int Discovered, int Processed, string? Url);
