namespace TextMiner.Fetching.Discovery;

/// <summary>
/// One discovery route (a sitemap with its children, a feed, one run of a listing) and how many documents it found.
/// <paramref name="Complete"/> is true when it ran to its natural end: no page failed, nothing was capped, no
/// <c>--since</c> cut it short, and (for a feed) it was paged to its end.
/// </summary>
public sealed record RouteReport(string Name, int Documents, bool Complete);
