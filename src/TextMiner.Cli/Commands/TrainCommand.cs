using System.CommandLine;
using TextMiner.Classification.Training;

namespace TextMiner.Cli.Commands;

internal static class TrainCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("train", "Train the theme classifier from the bundled labelled corpus and write it to the data directory's models/.");
        command.SetAction(parse =>
        {
            var data = context.Data(parse.GetValue(CommonOptions.Data)).EnsureCreated();
            var report = new ThemeModelTrainer(time: context.Time, progress: context.Info).TrainFromEmbedded(data.ModelsPath);
            context.Output.WriteLine(report.ToText());
            return ExitCodes.Success;
        });
        return command;
    }
}
