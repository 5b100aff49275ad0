using TextMiner.Classification.Model;
using TextMiner.Classification.Training;
using TextMiner.TestSupport;

namespace TextMiner.Pipeline.Tests.Research;

/// <summary>Trains a real (small) theme model once per test run; each seed data directory gets a copy in models/.</summary>
[SetUpFixture]
public sealed class SharedThemeModel
{
    private static readonly ThemeTrainingOptions Quick = new() { Trainer = ThemeTrainerKind.SdcaLogisticRegression, Folds = 2 };

    private static TempDirectory? directory;

    public static string ModelsDirectory => directory?.Combine("models") ?? throw new InvalidOperationException("Not set up.");

    [OneTimeSetUp]
    public void TrainOnce()
    {
        directory = new TempDirectory();
        ThemeModelStore.LoadOrTrain(ModelsDirectory, _ => { }, Quick);
    }

    [OneTimeTearDown]
    public void CleanUp() => directory?.Dispose();
}
