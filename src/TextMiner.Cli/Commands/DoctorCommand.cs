using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using TextMiner.Pipeline;
using TextMiner.Pipeline.Nightly;

namespace TextMiner.Cli.Commands;

/// <summary>`textminer doctor [--repair]`: store against index; exit 1 when inconsistent and not repaired.</summary>
internal static class DoctorCommand
{
    private const int Shown = 5;

    public static Command Create(CliContext context)
    {
        var repair = new Option<bool>("--repair") { Description = "Rebuild the index from the store when they disagree." };
        var command = new Command("doctor", "Check the store and the index against each other (ids, versions, integrity); --repair reindexes.") { repair };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var data = context.ExistingData(parse.GetValue(CommonOptions.Data));
            if (data is null)
            {
                return ExitCodes.CannotRun;
            }

            using var runLock = parse.GetValue(repair) ? RunLock.TryAcquire(data.Root, context.Time, out _) : null;
            if (parse.GetValue(repair) && runLock is null)
            {
                context.Output.WriteLine(string.Format(CultureInfo.InvariantCulture, NightlyMessages.DoctorLockHeld, RunLock.Holder(data.Root, out _)));
                return ExitCodes.CannotRun;
            }

            await using var services = await context.OpenAsync(context.Options(data), cancellationToken).ConfigureAwait(false);
            if (services is null)
            {
                return ExitCodes.CannotRun;
            }

            var workspace = services.GetRequiredService<Workspace>();
            var report = await ConsistencyCheck.RunAsync(workspace, cancellationToken).ConfigureAwait(false);
            if (!report.IndexMatchesStore && parse.GetValue(repair))
            {
                var count = await workspace.Sync.RebuildAsync(cancellationToken).ConfigureAwait(false);
                var after = await ConsistencyCheck.RunAsync(workspace, cancellationToken).ConfigureAwait(false);
                if (after.Consistent)
                {
                    context.Output.WriteLine(string.Format(CultureInfo.InvariantCulture, NightlyMessages.DoctorRepaired, count));
                    PrintDetails(context.Output, report);
                    return ExitCodes.Success;
                }

                report = after;
            }

            if (report.Consistent)
            {
                context.Output.WriteLine(string.Format(CultureInfo.InvariantCulture, NightlyMessages.DoctorOk, report.StoreDocuments));
                return ExitCodes.Success;
            }

            context.Output.WriteLine(string.Format(CultureInfo.InvariantCulture, NightlyMessages.DoctorInconsistent, Problems(report)));
            PrintDetails(context.Output, report);
            return ExitCodes.SomeFailed;
        });
        return command;
    }

    private static string Problems(ConsistencyReport r) => string.Join(", ", new[]
    {
        Count(r.MissingFromIndex.Count, "stored but not indexed"),
        Count(r.NotInStore.Count, "indexed but not stored"),
        Count(r.VersionDiffers.Count, "indexed at another version"),
        Count(r.DuplicateIndexEntries, "duplicate index entries"),
        Count((int)r.PendingIndex, "awaiting indexing"),
        Count(r.IntegrityProblems.Count, "store integrity problems"),
    }.Where(p => p.Length > 0));

    private static string Count(int n, string what) => n == 0 ? "" : string.Create(CultureInfo.InvariantCulture, $"{n} {what}");

    private static void PrintDetails(TextWriter output, ConsistencyReport r)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"store: {r.StoreDocuments} documents; index: {r.IndexDocuments} documents"));
        foreach (var (label, ids) in new[] { ("not indexed", r.MissingFromIndex), ("not stored", r.NotInStore), ("version differs", r.VersionDiffers), ("integrity", r.IntegrityProblems) })
        {
            foreach (var id in ids.Take(Shown))
            {
                output.WriteLine($"  {label}: {id}");
            }
        }
    }
}
