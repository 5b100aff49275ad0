using System.CommandLine;
using TextMiner.Pipeline.Analysis;
using TextMiner.Pipeline.Output;

namespace TextMiner.Cli.Commands;

internal static class ExtractCommand
{
    public static Command Create(CliContext context)
    {
        return FileStageCommand.Create(
            context,
            "extract",
            "Parse, extract and classify each file without touching the store: one JSON object per file (the extract contract).",
            data =>
            {
                var analyser = AnalyserFactory.Create(data, context.Info);
                return (raw, path) =>
                {
                    var result = analyser.Analyse(raw);
                    if (!result.IsOk)
                    {
                        context.Fail(path, result.Reason!);
                        return false;
                    }

                    ExtractJsonWriter.Write(context.Output, path, result.Value!);
                    return true;
                };
            });
    }
}
