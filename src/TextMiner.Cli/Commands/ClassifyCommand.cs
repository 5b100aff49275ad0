using System.CommandLine;
using TextMiner.Classification.Contract;
using TextMiner.Pipeline.Analysis;

namespace TextMiner.Cli.Commands;

internal static class ClassifyCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command(
            "classify",
            "Read JSON lines {\"id\",\"text\"} on standard input; print {\"id\",\"themes\":[{\"label\",\"score\"}]} per line, same order.");
        command.SetAction(async (parse, cancellationToken) =>
        {
            var data = context.Data(parse.GetValue(CommonOptions.Data));
            var classifier = AnalyserFactory.LoadClassifier(data, context.Info);
            var result = await new ClassifyJsonLines(classifier).RunAsync(context.Input, context.Output, cancellationToken).ConfigureAwait(false);
            if (result.Succeeded)
            {
                return ExitCodes.Success;
            }

            context.Fail($"stdin line {result.ErrorLine}", result.Error!);
            return ExitCodes.SomeFailed;
        });
        return command;
    }
}
