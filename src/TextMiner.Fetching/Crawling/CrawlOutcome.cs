namespace TextMiner.Fetching.Crawling;

/// <summary>
/// What happened to one discovered URL (always the canonical URL on the real host): <see cref="Fetched"/>,
/// <see cref="NotModified"/>, <see cref="Skipped"/> or <see cref="Failed"/>.
/// </summary>
public abstract partial record CrawlOutcome(string Source, string Url);
