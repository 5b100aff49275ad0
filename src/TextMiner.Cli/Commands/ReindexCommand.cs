using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using TextMiner.Pipeline.Storage;
using TextMiner.Search;

namespace TextMiner.Cli.Commands;

internal static class ReindexCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("reindex", "Rebuild the Lucene index from the SQLite store (the source of truth).");
        command.SetAction(async (parse, cancellationToken) =>
        {
            var data = context.ExistingData(parse.GetValue(CommonOptions.Data));
            if (data is null)
            {
                return ExitCodes.CannotRun;
            }

            // The writer's code is compiled on the spare core while the store and the index open (docs/performance.md, "Seventh pass").
            var warmUp = Task.Factory.StartNew(SearchIndex.WarmUpWriter, cancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            await using var services = await context.OpenAsync(context.Options(data), cancellationToken).ConfigureAwait(false);
            if (services is null)
            {
                return ExitCodes.CannotRun;
            }

            var count = await services.GetRequiredService<IndexSynchroniser>().RebuildAsync(cancellationToken).ConfigureAwait(false);
            await warmUp.ConfigureAwait(false);
            context.Output.WriteLine($"reindexed {count} documents");
            return ExitCodes.Success;
        });
        return command;
    }
}
