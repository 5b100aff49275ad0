using TextMiner.Pipeline.Reporting;

namespace TextMiner.Pipeline.Nightly;

/// <summary>
/// One source's part of a nightly run. <paramref name="Analysed"/> counts documents parsed in this run (new or
/// updated), of which <paramref name="MissingTitle"/> had an empty title and <paramref name="MissingDate"/> no
/// published date — the breakage guards compare those shares with recent runs. <paramref name="Error"/> is set when
/// the source could not be crawled at all. <paramref name="Notes"/> are the crawl's account of its discovery — documents
/// per route, documents one complete route lists and another misses — and what a site did that was bounded or refused
/// (a clamped crawl-delay, a capped sitemap, an off-site link), one line each. <paramref name="Diagnostics"/> counts, by
/// code, the documents of this run a stage reported something about (a page without a date, a PDF page it could not
/// read), with the first few URLs behind each code; the codes are listed in docs/diagnostics.md.
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
    string? Error = null,
    IReadOnlyList<DiagnosticCount>? Diagnostics = null,
    IReadOnlyList<string>? Notes = null)
{
    /// <summary>True when a guard fired or the source could not be crawled: the run must not look like a quiet night.</summary>
    public bool Broken => Error is not null || Guards.Any(g => !g.Passed);
}
