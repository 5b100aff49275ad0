using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using TextMiner.Pipeline;
using TextMiner.Pipeline.Ingest;

namespace TextMiner.Cli.Commands;

internal static class IngestCommand
{
    public static Command Create(CliContext context)
    {
        var paths = CommonOptions.Paths("Files, or folders searched recursively, of .txt, .html/.htm and .pdf documents.");
        var maxFileMb = new Option<int>("--max-file-mb")
        {
            Description = "Skip files larger than this many MiB (default 256), each with a line saying so.",
            DefaultValueFactory = _ => (int)(LocalFileReader.DefaultMaxBytes >> 20),
        };
        maxFileMb.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--max-file-mb must be at least 1.");
            }
        });
        var command = new Command("ingest", "Parse, extract, classify, store and index local documents.") { paths, maxFileMb };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var data = context.Data(parse.GetValue(CommonOptions.Data));
            await using var services = await context.OpenAsync(
                context.Options(data) with { MaxFileBytes = (long)parse.GetValue(maxFileMb) << 20 }, cancellationToken).ConfigureAwait(false);
            if (services is null)
            {
                return ExitCodes.CannotRun;
            }

            var files = LocalFiles.Expand(parse.GetValue(paths)!);
            var runner = services.GetRequiredService<IngestRunner>();
            var summary = await runner.RunAsync(files, new ProgressBar(context), cancellationToken).ConfigureAwait(false);
            foreach (var line in summary.ToLines())
            {
                context.Output.WriteLine(line);
            }

            return summary.Failed > 0 ? ExitCodes.SomeFailed : ExitCodes.Success;
        });
        return command;
    }
}
