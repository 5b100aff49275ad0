using System.CommandLine;
using TextMiner.Core;
using TextMiner.Core.Records;
using TextMiner.Pipeline.Ingest;

namespace TextMiner.Cli.Commands;

/// <summary>
/// The shared shape of `parse` and `extract`: read each file and run a stage on it (on every core), then print its JSON
/// line or error line (in the order of the files). A stage gives back what to print, which says whether it succeeded.
/// </summary>
internal static class FileStageCommand
{
    public static Command Create(
        CliContext context,
        string name,
        string description,
        Func<DataDirectory, ParseResult, Func<RawDocument, string, Func<bool>>> createStage,
        params Option[] options)
    {
        var paths = CommonOptions.Paths("Files, or folders searched recursively, of .txt, .html/.htm and .pdf documents.");
        var format = CommonOptions.Format("jsonl", "jsonl");
        var command = new Command(name, description) { paths, format };
        foreach (var option in options)
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parse, cancellationToken) =>
        {
            var reader = new LocalFileReader(context.Time);
            var stage = createStage(context.Data(parse.GetValue(CommonOptions.Data)), parse);
            var failed = 0;
            await OrderedWork.RunAsync(
                LocalFiles.Expand(parse.GetValue(paths)!).ToAsyncEnumerable(),
                async (file, token) =>
                {
                    var read = await reader.ReadAsync(file, token).ConfigureAwait(false);
                    return read.IsOk ? stage(read.Value!, file) : () =>
                    {
                        context.Fail(file, read.Reason!.ToString());
                        return false;
                    };
                },
                (_, writeOrFail, _) =>
                {
                    failed += writeOrFail() ? 0 : 1;
                    return Task.CompletedTask;
                },
                cancellationToken).ConfigureAwait(false);

            return failed > 0 ? ExitCodes.SomeFailed : ExitCodes.Success;
        });
        return command;
    }
}
