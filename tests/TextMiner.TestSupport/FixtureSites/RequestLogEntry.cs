namespace TextMiner.TestSupport.FixtureSites;

/// <summary>One request the fixture server saw: path and query, when (UTC), the status sent and whether it was conditional.</summary>
public sealed record RequestLogEntry(string PathAndQuery, DateTimeOffset Time, int Status, string? UserAgent, bool Conditional, FaultKind? Fault);
