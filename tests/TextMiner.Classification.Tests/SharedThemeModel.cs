using TextMiner.Classification.Model;
using TextMiner.TestSupport;

namespace TextMiner.Classification.Tests;

/// <summary>
/// Trains the real theme model once per test run, through <see cref="ThemeModelStore.LoadOrTrain"/> on an empty
/// directory (so the train-on-first-use path is exercised too), and shares it with every test.
/// </summary>
[SetUpFixture]
public sealed class SharedThemeModel
{
    private static TempDirectory? _directory;
    private static ThemeClassifier? _classifier;

    public static ThemeClassifier Classifier => _classifier ?? throw new InvalidOperationException("Not set up.");

    public static string ModelsDirectory => _directory?.Combine("models") ?? throw new InvalidOperationException("Not set up.");

    public static IReadOnlyList<string> FirstUseLog { get; private set; } = [];

    [OneTimeSetUp]
    public void TrainOnce()
    {
        _directory = new TempDirectory();
        var log = new List<string>();
        _classifier = ThemeModelStore.LoadOrTrain(_directory.Combine("models"), log.Add);
        FirstUseLog = log;
    }

    [OneTimeTearDown]
    public void CleanUp() => _directory?.Dispose();
}
