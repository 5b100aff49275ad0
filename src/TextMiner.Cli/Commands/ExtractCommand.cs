using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using TextMiner.Pipeline;
using TextMiner.Pipeline.Analysis;
using TextMiner.Pipeline.Output;

namespace TextMiner.Cli.Commands;

internal static class ExtractCommand
{
    public static Command Create(CliContext context)
    {
        var minConfidence = CommonOptions.MinConfidence("Only ratings, figures and quotes extracted with at least this confidence (0 to 1).");
        return FileStageCommand.Create(
            context,
            "extract",
            "Parse, extract and classify each file without touching the store: one JSON object per file (the extract contract).",
            (data, parse) =>
            {
                var minimum = parse.GetValue(minConfidence);
                var analyser = TextMinerServices.Build(new TextMinerOptions(data) { Time = context.Time, Log = context.Info })
                    .GetRequiredService<DocumentAnalyser>();
                return (raw, path) =>
                {
                    var result = analyser.Analyse(raw);
                    return () =>
                    {
                        if (!result.IsOk)
                        {
                            context.Fail(path, result.Reason!.ToString());
                            return false;
                        }

                        var analysed = result.Value!;
                        ExtractJsonWriter.Write(context.Output, path, analysed with { Findings = analysed.Findings.AtLeast(minimum) });
                        return true;
                    };
                };
            },
            minConfidence);
    }
}
