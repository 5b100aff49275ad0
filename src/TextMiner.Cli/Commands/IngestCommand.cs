using System.CommandLine;
using TextMiner.Pipeline.Analysis;
using TextMiner.Pipeline.Ingest;

namespace TextMiner.Cli.Commands;

internal static class IngestCommand
{
    public static Command Create(CliContext context)
    {
        var paths = CommonOptions.Paths("Files, or folders searched recursively, of .txt, .html/.htm and .pdf documents.");
        var command = new Command("ingest", "Parse, extract, classify, store and index local documents.") { paths };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var data = context.Data(parse.GetValue(CommonOptions.Data));
            await using var workspace = await WorkspaceOpener.TryOpenAsync(context, data, cancellationToken).ConfigureAwait(false);
            if (workspace is null)
            {
                return ExitCodes.CannotRun;
            }

            var files = LocalFiles.Expand(parse.GetValue(paths)!);
            var runner = new IngestRunner(
                new LocalFileReader(context.Time),
                workspace.CreateIngestor(AnalyserFactory.Create(data, context.Info)),
                workspace.Sync);
            var summary = await runner.RunAsync(files, new ProgressBar(context), cancellationToken).ConfigureAwait(false);
            context.Output.WriteLine(summary.ToString());
            return summary.Failed > 0 ? ExitCodes.SomeFailed : ExitCodes.Success;
        });
        return command;
    }
}
