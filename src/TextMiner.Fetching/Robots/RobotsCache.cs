using TextMiner.Core.Stages;
using TextMiner.Fetching.Http;

namespace TextMiner.Fetching.Robots;

/// <summary>
/// robots.txt per origin for one crawl: 2xx is parsed, 4xx allows everything, and 5xx or no answer disallows
/// everything (RFC 9309). A crawl-delay is handed to the <see cref="HostPacer"/> (which caps it). <paramref name="fetch"/>
/// gets robots.txt (conditionally, through the crawl's <c>ConditionalPages</c>).
/// </summary>
internal sealed class RobotsCache(Func<Uri, CancellationToken, Task<StageResult<FetchedPage>>> fetch, HostPacer pacer, FetchOptions options)
{
    private readonly Dictionary<string, RobotsTxt> byOrigin = new(StringComparer.OrdinalIgnoreCase);

    public async Task<RobotsTxt> GetAsync(Uri anyUrlOnHost, CancellationToken cancellationToken)
    {
        var origin = anyUrlOnHost.GetLeftPart(UriPartial.Authority);
        if (!options.ObeyRobotsTxt)
        {
            return RobotsTxt.AllowAll;
        }

        if (byOrigin.TryGetValue(origin, out var known))
        {
            return known;
        }

        var robotsUrl = new Uri(origin + "/robots.txt");
        var result = await fetch(robotsUrl, cancellationToken).ConfigureAwait(false);
        var robots = result switch
        {
            { IsOk: true, Value.Bytes: { } bytes } => RobotsTxt.Parse(System.Text.Encoding.UTF8.GetString(bytes, 0, Math.Min(bytes.Length, RobotsTxt.MaxBytes)), options.UserAgentProduct),
            { IsFailure: true, Value.StatusCode: >= 400 and < 500 and not 429 } => RobotsTxt.AllowAll,
            _ => RobotsTxt.DisallowAll(Diagnostic.Error(FetchErrors.RobotsUnreachable, result.Reason?.ToString() ?? "no answer")),
        };
        if (robots.CrawlDelay is { } delay)
        {
            pacer.SetCrawlDelay(robotsUrl, delay);
        }

        byOrigin[origin] = robots;
        return robots;
    }
}
