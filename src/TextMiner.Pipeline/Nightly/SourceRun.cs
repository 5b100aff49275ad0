namespace TextMiner.Pipeline.Nightly;

/// <summary>
/// One source's part of a nightly run. <paramref name="Analysed"/> counts documents parsed in this run (new or
/// updated), of which <paramref name="MissingTitle"/> had an empty title and <paramref name="MissingDate"/> no
/// published date — the breakage guards compare those shares with recent runs. <paramref name="Error"/> is set when
/// the source could not be crawled at all.
/// </summary>
public sealed record SourceRun(
    string Name,
    double DurationSeconds,
    int Discovered,
    int Fetched,
    int NotModified,
    int New,
    int Updated,
    int Skipped,
    int Failed,
    int Analysed,
    int MissingTitle,
    int MissingDate,
    IReadOnlyList<DocumentFailure> Failures,
    IReadOnlyList<VersionChange> Changes,
    IReadOnlyList<GuardVerdict> Guards,
    string? Error = null)
{
    /// <summary>True when a guard fired or the source could not be crawled: the run must not look like a quiet night.</summary>
    public bool Broken => Error is not null || Guards.Any(g => !g.Passed);
}
