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

    public int Discovered { get; private set; }

    public int Fetched { get; private set; }

    public int NotModified { get; private set; }

    public int Skipped => skipped.Values.Sum();

    public int Failed => failures.Count(f => !f.DuringDiscovery);

    public int New { get; set; }

    public int Updated { get; set; }

    public IReadOnlyList<CrawlOutcome.Failed> Failures => failures;

    /// <summary>Skipped counts by reason code (the part before ':').</summary>
    public IReadOnlyDictionary<string, int> SkippedByReason => skipped;

    public void Add(CrawlOutcome outcome)
    {
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
                var code = s.Reason.Split(':')[0];
                skipped[code] = skipped.GetValueOrDefault(code) + 1;
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
        lines.AddRange(failures.Select(f => $"  failed{(f.DuringDiscovery ? " (discovery)" : "")}{(f.Transient ? " (transient)" : "")}: {f.Url}: {f.Reason}"));
        return lines;
    }
}
