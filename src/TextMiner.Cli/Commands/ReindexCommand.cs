using System.CommandLine;

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

            await using var workspace = await WorkspaceOpener.TryOpenAsync(context, data, cancellationToken).ConfigureAwait(false);
            if (workspace is null)
            {
                return ExitCodes.CannotRun;
            }

            var count = await workspace.Sync.RebuildAsync(cancellationToken).ConfigureAwait(false);
            context.Output.WriteLine($"reindexed {count} documents");
            return ExitCodes.Success;
        });
        return command;
    }
}
