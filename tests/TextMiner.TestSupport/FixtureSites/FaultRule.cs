namespace TextMiner.TestSupport.FixtureSites;

/// <summary>
/// Inject <paramref name="Kind"/> on requests for <paramref name="PathAndQuery"/>, the first <paramref name="Times"/>
/// times; <paramref name="Location"/> is where <see cref="FaultKind.RedirectTo"/> sends the client.
/// </summary>
public sealed record FaultRule(string PathAndQuery, FaultKind Kind, int Times = int.MaxValue, string? Location = null);
