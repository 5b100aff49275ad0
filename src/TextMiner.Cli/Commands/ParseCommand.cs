using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using TextMiner.Core.Records;
using TextMiner.Core.Stages;
using TextMiner.Pipeline;
using TextMiner.Pipeline.Output;

namespace TextMiner.Cli.Commands;

internal static class ParseCommand
{
    public static Command Create(CliContext context)
    {
        return FileStageCommand.Create(context, "parse", "Run the Parse stage alone: one JSON object per file.", (data, _) =>
        {
            var parser = TextMinerServices.Build(context.Options(data)).GetRequiredService<IDocumentParser>();
            return (raw, path) => Print(parser.Parse(raw), path);
        });

        Func<bool> Print(StageResult<Document> result, string path) => () =>
        {
            if (!result.IsOk)
            {
                context.Fail(path, result.Reason!.ToString());
                return false;
            }

            ParseJsonWriter.Write(context.Output, path, result.Value!);
            return true;
        };
    }
}
