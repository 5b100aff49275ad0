using System.Globalization;

namespace TextMiner.Pipeline.Nightly;

/// <summary>The first line of a run's output: what an operator reads in a cron mail.</summary>
public static class RunHeadline
{
    public const string Ok = "nightly: OK {0} sources, {1} new, {2} updated, {3} failed ({4})";
    public const string BrokenSource = "nightly: FAILED source {0}: {1}";
    public const string FailedDocuments = "nightly: FAILED {3} documents failed; {0} sources, {1} new, {2} updated ({4})";
    public const string Interrupted = "nightly: INTERRUPTED after {0} sources, {1} new, {2} updated, {3} failed ({4})";

    public static string For(RunStatus status, IReadOnlyList<SourceRun> runs, string file)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var counts = new object[] { runs.Count, runs.Sum(r => r.New), runs.Sum(r => r.Updated), runs.Sum(r => r.Failed), file };
        if (status == RunStatus.Interrupted)
        {
            return string.Format(CultureInfo.InvariantCulture, Interrupted, counts);
        }

        var broken = runs.Where(r => r.Broken).ToList();
        if (broken.Count > 0)
        {
            var reasons = broken.Select(r => r.Error ?? string.Join("; ", r.Guards.Where(g => !g.Passed).Select(g => g.Message)));
            var names = string.Join(", ", broken.Select(r => r.Name));
            var line = string.Format(CultureInfo.InvariantCulture, BrokenSource, names, string.Join(" | ", reasons));
            return broken.Count == 1 ? line : line.Replace("source ", "sources ", StringComparison.Ordinal);
        }

        return string.Format(CultureInfo.InvariantCulture, status == RunStatus.Ok ? Ok : FailedDocuments, counts);
    }
}
