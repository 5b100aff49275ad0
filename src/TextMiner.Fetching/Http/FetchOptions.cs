using HtmlAgilityPack;
using TextMiner.Fetching.Discovery;

namespace TextMiner.Fetching.Http;

/// <summary>
/// Everything the fetcher can be told, validated at start-up (<see cref="FetchOptionsValidator"/>). The defaults are
/// polite (one request a second per host, robots.txt obeyed); tests shorten the times.
/// </summary>
public sealed class FetchOptions
{
    /// <summary>The product token in the User-Agent, also the name looked for in robots.txt groups.</summary>
    public string UserAgentProduct { get; set; } = "TextMiner";

    public string UserAgentVersion { get; set; } = "1.0";

    /// <summary>Where a site owner can reach the operator; required, sent in the User-Agent.</summary>
    public Uri? ContactUrl { get; set; }

    /// <summary>The least time between two requests to one host; robots.txt crawl-delay wins if larger.</summary>
    public TimeSpan MinRequestInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>A robots.txt crawl-delay above this is capped (a site asking for an hour a page is not crawlable).</summary>
    public TimeSpan MaxCrawlDelay { get; set; } = TimeSpan.FromSeconds(60);

    public bool ObeyRobotsTxt { get; set; } = true;

    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The time for one request with all its retries and their delays.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromMinutes(3);

    public int MaxRetries { get; set; } = 4;

    /// <summary>The median first delay of the exponential backoff (with jitter).</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>No retry waits longer, whatever the backoff or a Retry-After header says.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(60);

    public double CircuitBreakerFailureRatio { get; set; } = 0.5;

    public int CircuitBreakerMinimumThroughput { get; set; } = 20;

    public TimeSpan CircuitBreakerSamplingDuration { get; set; } = TimeSpan.FromSeconds(60);

    public TimeSpan CircuitBreakerBreakDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>A response body larger than this is abandoned (streamed and stopped), not stored.</summary>
    public long MaxBodyBytes { get; set; } = 64L * 1024 * 1024;

    public int MaxRedirects { get; set; } = 5;

    /// <summary>Where fetched bytes are kept by sha256 (<c>data/raw</c>); null keeps nothing.</summary>
    public string? RawArchiveDirectory { get; set; }

    /// <summary>
    /// Loads a fetched report page's DOM (null when it cannot be loaded). The page travels on with the document
    /// (<see cref="Crawling.CrawlOutcome.Fetched.Page"/>), so the composition root sets the parser's loader here and the
    /// page is loaded once for discovery and parsing.
    /// </summary>
    public Func<byte[], HtmlDocument?> LoadPage { get; set; } = HtmlQuery.Load;

    public string UserAgent => $"{UserAgentProduct}/{UserAgentVersion} (+{ContactUrl})";
}
