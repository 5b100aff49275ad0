namespace TextMiner.TestSupport.FixtureSites;

/// <summary>Inject <paramref name="Kind"/> on requests for <paramref name="PathAndQuery"/>, the first <paramref name="Times"/> times.</summary>
public sealed record FaultRule(string PathAndQuery, FaultKind Kind, int Times = int.MaxValue);
