using System.CommandLine;
using TextMiner.Core;
using TextMiner.Core.Records;
using TextMiner.Pipeline.Ingest;

namespace TextMiner.Cli.Commands;

/// <summary>The shared shape of `parse` and `extract`: read each file, run a stage, print a JSON line or an error line.</summary>
internal static class FileStageCommand
{
    public static Command Create(
        CliContext context,
        string name,
        string description,
        Func<DataDirectory, ParseResult, Func<RawDocument, string, bool>> createStage,
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
            var writeOrFail = createStage(context.Data(parse.GetValue(CommonOptions.Data)), parse);
            var failed = 0;
            foreach (var file in LocalFiles.Expand(parse.GetValue(paths)!))
            {
                var read = await reader.ReadAsync(file, cancellationToken).ConfigureAwait(false);
                if (!read.IsOk)
                {
                    context.Fail(file, read.Reason!.ToString());
                    failed++;
                }
                else if (!writeOrFail(read.Value!, file))
                {
                    failed++;
                }
            }

            return failed > 0 ? ExitCodes.SomeFailed : ExitCodes.Success;
        });
        return command;
    }
}
