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

    [TestCase("\"formatVersion\": 5", "\"formatVersion\": 0", "model format 0 is not the current one")]
    [TestCase("\"trainingDataSha256\": \"", "\"trainingDataSha256\": \"00", ThemeModelStore.OtherDataReason)]
    public void UnusableReason_EditedSidecar_SaysWhyItRetrains(string find, string replace, string reason)
    {
        using var directory = new TempDirectory();
        var copy = CopySharedModel(directory);
        var sidecar = ThemeModelFiles.MetadataPath(copy);
        var json = File.ReadAllText(sidecar);
        Assert.That(json, Does.Contain(find));
        File.WriteAllText(sidecar, json.Replace(find, replace, StringComparison.Ordinal));

        Assert.That(ThemeModelStore.UnusableReason(copy), Is.EqualTo(reason));
    }

    [Test]
    public void UnusableReason_SharedModel_IsNull() =>
        Assert.That(ThemeModelStore.UnusableReason(SharedThemeModel.ModelsDirectory), Is.Null);

    [Test]
    public void UnusableReason_NoFiles_SaysSo()
    {
        using var directory = new TempDirectory();

        Assert.That(ThemeModelStore.UnusableReason(directory.Path), Is.EqualTo(ThemeModelStore.NoModelReason));
    }

    [Test]
    public void Load_CorruptModelFile_ThrowsAnExceptionLoadOrTrainRecoversFrom()
    {
        using var directory = new TempDirectory();
        var copy = CopySharedModel(directory);
        File.WriteAllText(ThemeModelFiles.ModelPath(copy), "not a zip");

        Assert.That(() => ThemeClassifier.Load(copy), Throws.InstanceOf<InvalidDataException>()
            .Or.InstanceOf<IOException>().Or.InstanceOf<InvalidOperationException>().Or.InstanceOf<FormatException>());
    }

    [Test]
    public void Load_MissingDirectory_Throws()
    {
        using var directory = new TempDirectory();

        Assert.That(() => ThemeClassifier.Load(directory.Combine("nowhere")), Throws.InstanceOf<IOException>());
    }

    private static string CopySharedModel(TempDirectory directory)
    {
        var copy = directory.Combine("models");
        Directory.CreateDirectory(copy);
        foreach (var file in Directory.GetFiles(SharedThemeModel.ModelsDirectory))
        {
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        }

        return copy;
    }
}
