namespace TextMiner.Pipeline.Ingest;

/// <summary>Counts of one ingest run, and every failure and skipped file with its reason.</summary>
public sealed class IngestSummary
{
    private readonly List<IngestFailure> failures = [];
    private readonly List<IngestFailure> skipped = [];

    public int New { get; private set; }

    public int Updated { get; private set; }

    public int Unchanged { get; private set; }

    public int Failed => failures.Count;

    public IReadOnlyList<IngestFailure> Failures => failures;

    public IReadOnlyList<IngestFailure> SkippedFiles => skipped;

    public void Add(IngestOutcome outcome, string location, string? reason = null)
    {
        switch (outcome)
        {
            case IngestOutcome.New: New++; break;
            case IngestOutcome.Updated: Updated++; break;
            case IngestOutcome.Unchanged: Unchanged++; break;
            case IngestOutcome.Skipped: skipped.Add(new IngestFailure(location, reason ?? "skipped")); break;
            default: failures.Add(new IngestFailure(location, reason ?? "failed")); break;
        }
    }

    /// <summary>The summary line, in the form "12 new, 0 updated, 3 unchanged, 1 failed" (", 2 skipped" when some were).</summary>
    public override string ToString() =>
        $"{New} new, {Updated} updated, {Unchanged} unchanged, {Failed} failed" + (skipped.Count > 0 ? $", {skipped.Count} skipped" : "");
}
