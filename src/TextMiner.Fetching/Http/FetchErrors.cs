namespace TextMiner.Fetching.Http;

/// <summary>
/// Codes of fetch failures, skips and notices (each the <c>Code</c> of a <c>Diagnostic</c> whose <c>Message</c> holds the
/// detail; listed in docs/diagnostics.md), and option errors, as named constants.
/// </summary>
public static class FetchErrors
{
    public const string HttpStatus = "http-status";
    public const string Timeout = "timeout";
    public const string Connection = "connection-error";
    public const string CircuitOpen = "circuit-open";
    public const string TooLarge = "body-too-large";
    public const string ContentMismatch = "content-type-mismatch";
    public const string TooManyRedirects = "too-many-redirects";
    public const string RobotsDisallowed = "robots-disallowed";
    public const string RobotsUnreachable = "robots-unreachable";
    public const string BeforeSince = "before-since";
    public const string BeyondMax = "beyond-max";
    public const string Excluded = "excluded";
    public const string RedirectLoop = "redirect-loop";
    public const string RedirectRefused = "redirect-refused";
    public const string RedirectOffSite = "redirect-off-site";
    public const string OffSite = "off-site-link";
    public const string SitemapCapped = "sitemap-capped";
    public const string SitemapTooLarge = "sitemap-too-large";
    public const string NotASitemap = "not-a-sitemap";
    public const string ListingCapped = "listing-capped";
    public const string CrawlDelayClamped = "crawl-delay-clamped";
    public const string RobotsCapped = "robots-capped";
    public const string RobotsComplexRule = "robots-complex-rule";
    public const string Duplicate = "duplicate";

    public const string OptionContactUrl = "FetchOptions.ContactUrl must be an absolute http(s) or mailto URL.";
    public const string OptionUserAgent = "FetchOptions.UserAgentProduct/UserAgentVersion must be a product token without spaces.";
    public const string OptionInterval = "FetchOptions.MinRequestInterval must be between 0 and 10 minutes.";
    public const string OptionCrawlDelay = "FetchOptions.MaxCrawlDelay must be at least MinRequestInterval.";
    public const string OptionAttemptTimeout = "FetchOptions.AttemptTimeout must be between 10 ms and 1 hour.";
    public const string OptionTotalTimeout = "FetchOptions.TotalTimeout must be longer than AttemptTimeout and at most 24 hours.";
    public const string OptionRetries = "FetchOptions.MaxRetries must be between 0 and 20.";
    public const string OptionRetryDelay = "FetchOptions.RetryBaseDelay must be between 0 and MaxRetryDelay.";
    public const string OptionBreaker = "FetchOptions.CircuitBreaker*: ratio in (0, 1], throughput >= 2, durations >= 500 ms.";
    public const string OptionMaxBody = "FetchOptions.MaxBodyBytes must be at least 1024.";
    public const string OptionRedirects = "FetchOptions.MaxRedirects must be between 0 and 20.";
}
