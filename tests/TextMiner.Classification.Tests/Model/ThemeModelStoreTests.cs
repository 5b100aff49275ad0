using TextMiner.Classification.Model;
using TextMiner.TestSupport;

namespace TextMiner.Classification.Tests.Model;

public sealed class ThemeModelStoreTests
{
    [Test]
    public void LoadOrTrain_NoModel_TrainsWithAMessage()
    {
        Assert.That(SharedThemeModel.FirstUseLog, Has.Count.EqualTo(2));
        Assert.That(SharedThemeModel.FirstUseLog[0], Does.StartWith("No usable theme model in").And.Contain("no model files"));
        Assert.That(SharedThemeModel.FirstUseLog[1], Does.StartWith("Theme model trained:"));
    }

    [Test]
    public void LoadOrTrain_ModelPresent_LoadsWithoutTraining()
    {
        var log = new List<string>();

        var classifier = ThemeModelStore.LoadOrTrain(SharedThemeModel.ModelsDirectory, log.Add);

        Assert.That(log, Is.Empty);
        Assert.That(classifier.Metadata, Is.EqualTo(SharedThemeModel.Classifier.Metadata)
            .Using<ThemeModelMetadata>((a, b) => a.TrainingDataSha256 == b.TrainingDataSha256 && a.TrainedAt == b.TrainedAt));
    }

    [Test]
    public void Load_MissingDirectory_Throws()
    {
        using var directory = new TempDirectory();

        Assert.That(() => ThemeClassifier.Load(directory.Combine("nowhere")), Throws.InstanceOf<IOException>());
    }
}
