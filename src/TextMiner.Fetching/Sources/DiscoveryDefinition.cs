namespace TextMiner.Fetching.Sources;

/// <summary>Where the crawler looks for document links: sitemaps, feeds and listing pages, all optional.</summary>
public sealed record DiscoveryDefinition(
    IReadOnlyList<string>? Sitemaps = null,
    bool RobotsSitemaps = false,
    IReadOnlyList<FeedDefinition>? Feeds = null,
    IReadOnlyList<ListingDefinition>? Listings = null);
