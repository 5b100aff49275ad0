using TextMiner.Fetching.Discovery;
using TextMiner.Fetching.Sources;

namespace TextMiner.Fetching.Crawling;

/// <summary>One source's crawl as the document fetches see it: its rules, its pages, and the documents already handled.</summary>
internal sealed record CrawlContext(
    SourceDefinition Source,
    SourceRules Rules,
    CrawlOptions Options,
    ConditionalPages Pages,
    Func<Uri, Uri?> Redirects,
    CandidateSet Discovered)
{
    /// <summary>Keys of the documents fetched (or answered 304) in this crawl, canonical links included.</summary>
    public HashSet<string> Done { get; } = new(StringComparer.Ordinal);
}
