using System.Globalization;
using TextMiner.Pipeline.Nightly;

namespace TextMiner.Cli.Commands;

/// <summary>A run summary for a terminal or a cron mail: the headline, then one block per source.</summary>
internal static class RunSummaryPrinter
{
    public static void Print(TextWriter output, RunSummary summary)
    {
        output.WriteLine(summary.Headline);
        if (summary.LockTakenOverFrom is { } holder)
        {
            output.WriteLine($"took over a stale lock: {holder}");
        }

        if (summary.IndexCaughtUp > 0)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"indexed {summary.IndexCaughtUp} documents an earlier run left unindexed"));
        }

        foreach (var source in summary.Sources)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{source.Name}: discovered {source.Discovered}, fetched {source.Fetched}, not modified {source.NotModified}, new {source.New}, updated {source.Updated}, skipped {source.Skipped}, failed {source.Failed} ({source.DurationSeconds:F1}s)"));
            if (source.Error is { } error)
            {
                output.WriteLine($"  error: {error}");
            }

            foreach (var guard in source.Guards.Where(g => !g.Passed))
            {
                output.WriteLine($"  GUARD {guard.Guard}: {guard.Message}");
            }

            foreach (var note in source.Notes ?? [])
            {
                output.WriteLine($"  {note}");
            }

            foreach (var diagnostic in source.Diagnostics ?? [])
            {
                output.WriteLine($"  diagnostic {diagnostic}");
            }

            foreach (var failure in source.Failures)
            {
                output.WriteLine($"  failed: {failure.Url}: {failure.Reason}");
            }

            foreach (var change in source.Changes)
            {
                output.WriteLine($"  changed: {change.Url}: {change.Change}");
            }
        }
    }
}
