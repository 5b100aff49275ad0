using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using TextMiner.Pipeline;
using TextMiner.Pipeline.Nightly;
using TextMiner.Storage;

namespace TextMiner.Cli.Commands;

/// <summary>`textminer status`: the last runs from runs/, the store's size and counts, pending index work, the lock.</summary>
internal static class StatusCommand
{
    public static Command Create(CliContext context)
    {
        var runs = new Option<int>("--runs") { Description = "How many recent runs to list.", DefaultValueFactory = _ => 5 };
        var command = new Command("status", "Show the last nightly runs, the store's size and health, and who holds the run lock.") { runs };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var data = context.ExistingData(parse.GetValue(CommonOptions.Data));
            if (data is null)
            {
                return ExitCodes.CannotRun;
            }

            var output = context.Output;
            var recent = new RunHistory(data.RunsPath).ReadRecent(Math.Max(1, parse.GetValue(runs)));
            output.WriteLine(recent.Count == 0 ? "last runs: none" : "last runs:");
            foreach (var run in recent)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {run.Started:yyyy-MM-dd HH:mm:ss}Z {run.Status.ToString().ToUpperInvariant()} {run.DurationSeconds:F1}s {run.Headline}"));
            }

            var holder = RunLock.Holder(data.Root, out var stale);
            output.WriteLine(holder is not null ? $"lock: held by {holder}"
                : stale is not null ? $"lock: free (stale lock of a killed run, taken over by the next run: {stale})"
                : "lock: free");
            try
            {
                // Read-only: status works while a run writes, and never creates or migrates the store.
                await using var services = TextMinerServices.Build(context.Options(data));
                if (await services.GetRequiredService<ReadOnlyData>().GetStoreAsync(cancellationToken).ConfigureAwait(false) is not { } store)
                {
                    output.WriteLine("store: none yet");
                    return ExitCodes.Success;
                }

                var s = await store.GetStatisticsAsync(cancellationToken).ConfigureAwait(false);
                var bySource = string.Join(", ", s.DocumentsBySource.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Source} {c.Documents}")));
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"store: {s.Documents} documents ({bySource}), {s.Paragraphs} paragraphs, {s.Ratings} ratings, {s.Figures} figures, {s.Quotes} quotes, {s.HistoricalVersions} older versions, {s.CrawledUrls} crawled URLs, {s.FileSizeBytes / 1024.0 / 1024.0:F1} MiB"));
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"pending index work: {s.PendingIndex}{(s.PendingIndex > 0 ? " (the next nightly run or `textminer doctor --repair` finishes it)" : "")}"));
                return ExitCodes.Success;
            }
            catch (Exception e) when (e is StorageException or IOException)
            {
                context.Fail(data.DatabasePath, e.Message);
                return ExitCodes.CannotRun;
            }
        });
        return command;
    }
}
