using TextMiner.Fetching.Crawling;

namespace TextMiner.Fetching.Discovery;

/// <summary>Candidates in discovery order, each once; the discovery pages that failed; what was bounded or refused; the routes' account.</summary>
internal sealed record DiscoveryResult(
    IReadOnlyList<DocumentCandidate> Candidates,
    IReadOnlyList<CrawlOutcome.Failed> Failures,
    IReadOnlyList<CrawlOutcome.Notice> Notices,
    DiscoveryReport Report);
