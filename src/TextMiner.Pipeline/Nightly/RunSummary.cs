namespace TextMiner.Pipeline.Nightly;

/// <summary>
/// One nightly run, as written to <c>runs/&lt;Id&gt;.json</c>. <paramref name="Headline"/> is the first line the CLI
/// prints (what an operator's cron mail shows); <paramref name="LockTakenOverFrom"/> names the killed run whose stale
/// lock this run took over; <paramref name="IndexCaughtUp"/> counts documents a crashed run left unindexed.
/// </summary>
public sealed record RunSummary(
    string Id,
    DateTimeOffset Started,
    DateTimeOffset Ended,
    RunStatus Status,
    string Headline,
    IReadOnlyList<SourceRun> Sources,
    string? LockTakenOverFrom = null,
    int IndexCaughtUp = 0)
{
    public double DurationSeconds => (Ended - Started).TotalSeconds;

    public int New => Sources.Sum(s => s.New);

    public int Updated => Sources.Sum(s => s.Updated);

    public int FailedDocuments => Sources.Sum(s => s.Failed);
}
