using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using TextMiner.Classification.Contract;
using TextMiner.Core.Stages;
using TextMiner.Pipeline;

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
            await using var services = TextMinerServices.Build(context.Options(data));
            var classifier = services.GetRequiredService<IThemeClassifier>();
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
