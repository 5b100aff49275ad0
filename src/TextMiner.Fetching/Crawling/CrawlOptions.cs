namespace TextMiner.Fetching.Crawling;

/// <summary>
/// One crawl's limits: skip documents published (or, from a sitemap, last modified) before <paramref name="Since"/>;
/// request at most <paramref name="Max"/> documents (the rest are skipped); fetch from <paramref name="BaseUrl"/>
/// instead of the real origin (same paths). <paramref name="Progress"/> hears of each step.
/// </summary>
public sealed record CrawlOptions(DateOnly? Since = null, int? Max = null, Uri? BaseUrl = null, IProgress<CrawlProgress>? Progress = null);
