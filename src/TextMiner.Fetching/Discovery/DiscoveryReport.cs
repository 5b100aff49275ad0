namespace TextMiner.Fetching.Discovery;

/// <summary>Discovery's account of itself: the documents found by each route, and the gaps between complete routes.</summary>
public sealed record DiscoveryReport(IReadOnlyList<RouteReport> Routes, IReadOnlyList<RouteGap> Gaps);
