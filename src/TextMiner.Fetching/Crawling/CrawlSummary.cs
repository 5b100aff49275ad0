using System.Globalization;

namespace TextMiner.Fetching.Crawling;

/// <summary>
/// Counts a crawl's outcomes (<see cref="Add"/>); the pipeline adds <see cref="New"/> and <see cref="Updated"/> as it
/// stores. Not thread-safe: one crawl, one summary.
/// </summary>
public sealed class CrawlSummary
{
    private readonly List<CrawlOutcome.Failed> failures = [];
    private readonly SortedDictionary<string, int> skipped = new(StringComparer.Ordinal);
    private readonly List<CrawlOutcome.Notice> notices = [];

    public int Discovered { get; private set; }

    public int Fetched { get; private set; }

    public int NotModified { get; private set; }

    public int Skipped => skipped.Values.Sum();

    public int Failed => failures.Count(f => !f.DuringDiscovery);

    public int New { get; set; }

    public int Updated { get; set; }

    public IReadOnlyList<CrawlOutcome.Failed> Failures => failures;

    /// <summary>What a site did that was bounded or refused (clamped crawl-delay, capped sitemap, off-site link), each once.</summary>
    public IReadOnlyList<CrawlOutcome.Notice> Notices => notices;

    /// <summary>Discovery's account: documents per route and gaps between complete routes; null before discovery ends.</summary>
    public Discovery.DiscoveryReport? Routes { get; private set; }

    /// <summary>Skipped counts by reason code.</summary>
    public IReadOnlyDictionary<string, int> SkippedByReason => skipped;

    public void Add(CrawlOutcome outcome)
    {
        switch (outcome)
        {
            case CrawlOutcome.Notice notice:
                notices.Add(notice);
                return;
            case CrawlOutcome.Routes routes:
                Routes = routes.Report;
                return;
        }

        if (outcome is not CrawlOutcome.Failed { DuringDiscovery: true })
        {
            Discovered++;
        }

        switch (outcome)
        {
            case CrawlOutcome.Fetched:
                Fetched++;
                break;
            case CrawlOutcome.NotModified:
                NotModified++;
                break;
            case CrawlOutcome.Skipped s:
                skipped[s.Reason.Code] = skipped.GetValueOrDefault(s.Reason.Code) + 1;
                break;
            case CrawlOutcome.Failed f:
                failures.Add(f);
                break;
        }
    }

    /// <summary>The summary as lines for a terminal or a log: totals, then each failure with its reason.</summary>
    public IReadOnlyList<string> ToLines()
    {
        var lines = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture,
                $"discovered {Discovered}, fetched {Fetched}, not modified {NotModified}, new {New}, updated {Updated}, skipped {Skipped}, failed {Failed}"),
        };
        lines.AddRange(skipped.Select(s => string.Create(CultureInfo.InvariantCulture, $"  skipped {s.Value}: {s.Key}")));
        lines.AddRange(RouteLines());
        lines.AddRange(notices.Select(n => $"  notice: {n.Url}: {n.Reason}"));
        lines.AddRange(failures.Select(f => $"  failed{(f.DuringDiscovery ? " (discovery)" : "")}{(f.Transient ? " (transient)" : "")}: {f.Url}: {f.Reason}"));
        return lines;
    }

    /// <summary>"route listing /news: 12 documents (complete)" per route, then "gap: URL listed by A, missed by B".</summary>
    public IEnumerable<string> RouteLines()
    {
        foreach (var route in Routes?.Routes ?? [])
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"  route {route.Name}: {route.Documents} documents{(route.Complete ? " (complete)" : "")}");
        }

        foreach (var gap in Routes?.Gaps ?? [])
        {
            yield return $"  gap: {gap.Url} listed by {gap.ListedBy}, missed by {gap.MissedBy}";
        }
    }
}
