using TextMiner.Fetching.Crawling;

namespace TextMiner.Fetching.Discovery;

/// <summary>Candidates in discovery order, each once, and the discovery pages that failed.</summary>
internal sealed record DiscoveryResult(IReadOnlyList<DocumentCandidate> Candidates, IReadOnlyList<CrawlOutcome.Failed> Failures);
