namespace TextMiner.Fetching.Sources;

/// <summary>
/// Where the crawler looks for document links: sitemaps, feeds and listing pages, all optional; every route given is
/// used and their findings are joined. <paramref name="SitemapFollow"/>, a regular expression on a child sitemap's path,
/// limits which children of a sitemap index are read (WordPress: only the posts sitemaps, not pages or users).
/// </summary>
public sealed record DiscoveryDefinition(
    IReadOnlyList<string>? Sitemaps = null,
    bool RobotsSitemaps = false,
    IReadOnlyList<FeedDefinition>? Feeds = null,
    IReadOnlyList<ListingDefinition>? Listings = null,
    string? SitemapFollow = null);
