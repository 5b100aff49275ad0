namespace TextMiner.Pipeline.Nightly;

/// <summary>
/// A URL that could not be fetched or ingested: <paramref name="Code"/> (a FetchErrors or pipeline code, null in run
/// summaries written before it was recorded) and <paramref name="Reason"/>, the code with its detail as printed.
/// <paramref name="Transient"/> failures (timeouts, 5xx, a locked database) are fetched again on the next run.
/// </summary>
public sealed record DocumentFailure(string Url, string Reason, bool Transient, bool DuringDiscovery, string? Code = null);
