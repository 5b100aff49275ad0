using TextMiner.Core.Stages;
using TextMiner.Fetching.Crawling;
using TextMiner.Pipeline.Ingest;
using TextMiner.Pipeline.Reporting;
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

    /// <summary>The diagnostics the pipeline reported for this source's documents, by code, with the URLs behind each.</summary>
    public DiagnosticTally Diagnostics { get; } = new();

    /// <summary>Counts a stored document and its diagnostics; returns the change when it replaced an older version.</summary>
    public VersionChange? Add(CrawlOutcome outcome, StageResult<StoredDocument>? result)
    {
        if (result is null)
        {
            return null;
        }

        Diagnostics.Add(outcome.Url, result.Diagnostics);
        if (result.Value?.Document is not { } analysed || result.Value.Outcome is not (SaveOutcome.New or SaveOutcome.Updated))
        {
            return null;
        }

        Analysed++;
        MissingTitle += string.IsNullOrWhiteSpace(analysed.Document.Title) ? 1 : 0;
        MissingDate += analysed.Document.Published is null ? 1 : 0;
        if (result.Value.Outcome != SaveOutcome.Updated || result.Value.Saved.Changes is not { } diff)
        {
            return null;
        }

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
        summary.Failures.Select(f => new DocumentFailure(f.Url, f.Reason.ToString(), f.Transient, f.DuringDiscovery, f.Reason.Code)).ToList(),
        changes,
        [],
        error,
        Diagnostics.Counts(),
        [.. summary.RouteLines().Select(l => l.Trim()), .. summary.Notices.Select(n => $"notice: {n.Url}: {n.Reason}")]);
}
