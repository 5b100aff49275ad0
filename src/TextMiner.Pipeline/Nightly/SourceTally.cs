using TextMiner.Fetching.Crawling;
using TextMiner.Pipeline.Ingest;
using TextMiner.Storage;

namespace TextMiner.Pipeline.Nightly;

/// <summary>What one source's crawl produced, gathered outcome by outcome, and turned into a <see cref="SourceRun"/>.</summary>
internal sealed class SourceTally
{
    private readonly List<VersionChange> changes = [];

    public int Analysed { get; private set; }

    public int MissingTitle { get; private set; }

    public int MissingDate { get; private set; }

    public IReadOnlyList<VersionChange> Changes => changes;

    /// <summary>Counts a stored document; returns the change when it replaced an older version.</summary>
    public VersionChange? Add(CrawlOutcome outcome, IngestResult? result)
    {
        if (result?.Document is not { } analysed || result.Outcome is not (IngestOutcome.New or IngestOutcome.Updated))
        {
            return null;
        }

        Analysed++;
        MissingTitle += string.IsNullOrWhiteSpace(analysed.Document.Title) ? 1 : 0;
        MissingDate += analysed.Document.Published is null ? 1 : 0;
        if (result.Outcome != IngestOutcome.Updated || result.Previous is null)
        {
            return null;
        }

        var diff = FindingsDiff.Compare(result.Previous, analysed.Findings);
        var change = new VersionChange(analysed.Document.Id, outcome.Url, analysed.Document.Title, analysed.Document.Version, diff.ToString(), diff);
        changes.Add(change);
        return change;
    }

    public SourceRun ToRun(string name, CrawlSummary summary, double seconds, string? error) => new(
        name,
        Math.Round(seconds, 3),
        summary.Discovered,
        summary.Fetched,
        summary.NotModified,
        summary.New,
        summary.Updated,
        summary.Skipped,
        summary.Failed,
        Analysed,
        MissingTitle,
        MissingDate,
        summary.Failures.Select(f => new DocumentFailure(f.Url, f.Reason, f.Transient, f.DuringDiscovery)).ToList(),
        changes,
        [],
        error,
        [.. summary.RouteLines().Select(l => l.Trim()), .. summary.Notices.Select(n => $"notice: {n.Url}: {n.Reason}")]);
}
