namespace TextMiner.Pipeline.Ingest;

/// <summary>Counts of one ingest run, and every failure with its reason.</summary>
public sealed class IngestSummary
{
    private readonly List<IngestFailure> failures = [];

    public int New { get; private set; }

    public int Updated { get; private set; }

    public int Unchanged { get; private set; }

    public int Failed => failures.Count;

    public IReadOnlyList<IngestFailure> Failures => failures;

    public void Add(IngestOutcome outcome, string location, string? reason = null)
    {
        switch (outcome)
        {
            case IngestOutcome.New: New++; break;
            case IngestOutcome.Updated: Updated++; break;
            case IngestOutcome.Unchanged: Unchanged++; break;
            default: failures.Add(new IngestFailure(location, reason ?? "failed")); break;
        }
    }

    /// <summary>The summary line, in the form "12 new, 0 updated, 3 unchanged, 1 failed".</summary>
    public override string ToString() => $"{New} new, {Updated} updated, {Unchanged} unchanged, {Failed} failed";
}
