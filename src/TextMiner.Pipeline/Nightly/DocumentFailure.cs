namespace TextMiner.Pipeline.Nightly;

/// <summary>A URL that could not be fetched or ingested, with the reason (a FetchErrors or pipeline code first).</summary>
public sealed record DocumentFailure(string Url, string Reason, bool Transient, bool DuringDiscovery);
