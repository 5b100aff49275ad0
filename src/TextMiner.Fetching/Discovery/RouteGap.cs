namespace TextMiner.Fetching.Discovery;

/// <summary>A document that the complete route <paramref name="ListedBy"/> lists and the complete route <paramref name="MissedBy"/>, which covers its path, does not.</summary>
public sealed record RouteGap(string Url, string ListedBy, string MissedBy);
