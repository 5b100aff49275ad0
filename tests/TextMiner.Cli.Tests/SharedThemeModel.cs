using TextMiner.Classification.Model;
using TextMiner.Classification.Training;

namespace TextMiner.Cli.Tests;

/// <summary>
/// Trains the theme model once per test run and copies it into each test's data directory, so every CLI test does not
/// pay for training on first use (the first-use training itself is covered by the classification tests).
/// </summary>
internal static class SharedThemeModel
{
    private static readonly Lazy<string> Trained = new(() =>
    {
        var directory = Directory.CreateTempSubdirectory("textminer-tests-model-").FullName;
        new ThemeModelTrainer().TrainFromEmbedded(directory);
        return directory;
    });

    public static void CopyInto(string dataDirectory)
    {
        var models = Path.Combine(dataDirectory, "models");
        if (ThemeModelFiles.Exist(models))
        {
            return;
        }

        Directory.CreateDirectory(models);
        foreach (var file in Directory.GetFiles(Trained.Value))
        {
            File.Copy(file, Path.Combine(models, Path.GetFileName(file)), overwrite: true);
        }
    }
}
