using TextMiner.Core.Stages;
using TextMiner.Pipeline.Reporting;
using TextMiner.Storage;

namespace TextMiner.Pipeline.Ingest;

/// <summary>
/// Counts of one ingest run, every failure and skipped file with its reason (a code and its detail), and the
/// diagnostics the stages reported, by code with the files behind each.
/// </summary>
public sealed class IngestSummary
{
    private readonly List<InputProblem> failures = [];
    private readonly List<InputProblem> skipped = [];

    public int New { get; private set; }

    public int Updated { get; private set; }

    public int Unchanged { get; private set; }

    public int Failed => failures.Count;

    public IReadOnlyList<InputProblem> Failures => failures;

    public IReadOnlyList<InputProblem> SkippedFiles => skipped;

    public DiagnosticTally Diagnostics { get; } = new();

    public void Add(string location, StageResult<StoredDocument> result)
    {
        ArgumentNullException.ThrowIfNull(result);
        Diagnostics.Add(location, result.Diagnostics);
        switch (result.Status)
        {
            case StageStatus.Ok:
                New += result.Value!.Outcome == SaveOutcome.New ? 1 : 0;
                Updated += result.Value.Outcome is SaveOutcome.Updated or SaveOutcome.Reanalysed ? 1 : 0;
                Unchanged += result.Value.Outcome == SaveOutcome.Unchanged ? 1 : 0;
                break;
            case StageStatus.Skipped:
                skipped.Add(new InputProblem(location, result.Reason!, Transient: false));
                break;
            default:
                failures.Add(new InputProblem(location, result.Reason!, result.IsTransient));
                break;
        }
    }

    /// <summary>The summary line, in the form "12 new, 0 updated, 3 unchanged, 1 failed" (", 2 skipped" when some were).</summary>
    public override string ToString() =>
        $"{New} new, {Updated} updated, {Unchanged} unchanged, {Failed} failed" + (skipped.Count > 0 ? $", {skipped.Count} skipped" : "");

    /// <summary>The diagnostics by code (see <see cref="DiagnosticTally.ToLines"/>), then the summary line, last.</summary>
    public IReadOnlyList<string> ToLines() => [.. Diagnostics.ToLines(), ToString()];
}
