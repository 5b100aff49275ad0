using TextMiner.Classification.Corpus;
using TextMiner.Classification.Model;
using TextMiner.Classification.Training;
using TextMiner.Core.Records;
using TextMiner.TestSupport;

namespace TextMiner.Classification.Tests.Training;

public sealed class ThemeModelTrainerTests
{
    private static readonly string[] Probes =
    [
        "Vacancies among probation officers have risen again, and agency staff fill the gaps.",
        "The victim liaison unit did not contact victims before the parole hearing.",
        "",
        "Les agents de probation sont surchargés.",
    ];

    [Test]
    public void Train_SameSeedTwice_GivesIdenticalModels()
    {
        using var first = new TempDirectory();
        using var second = new TempDirectory();
        var (train, dev) = (FixtureParagraphs.All.Where((_, i) => i % 3 != 0).ToList(),
            FixtureParagraphs.All.Where((_, i) => i % 3 == 0).ToList());

        var a = new ThemeModelTrainer().Train(train, dev, first.Path);
        var b = new ThemeModelTrainer().Train(train, dev, second.Path);

        Assert.That(b.Metadata.Thresholds, Is.EqualTo(a.Metadata.Thresholds));
        Assert.That(b.Metadata.CrossValidated, Is.EqualTo(a.Metadata.CrossValidated));
        Assert.That(File.ReadAllBytes(ThemeModelFiles.ModelPath(second.Path)), Is.EqualTo(File.ReadAllBytes(ThemeModelFiles.ModelPath(first.Path))));
        var scoresA = ThemeClassifier.Load(first.Path).Probabilities(Probes);
        var scoresB = ThemeClassifier.Load(second.Path).Probabilities(Probes);
        Assert.That(scoresB, Is.EqualTo(scoresA));
    }

    [Test]
    public void Train_DifferentSeed_StillTrainsAValidModel()
    {
        using var directory = new TempDirectory();
        var options = new ThemeTrainingOptions { Seed = 7, Trainer = ThemeTrainerKind.SdcaLogisticRegression, Folds = 3 };

        var report = new ThemeModelTrainer(options).Train(FixtureParagraphs.All, FixtureParagraphs.All, directory.Path);

        Assert.That(report.Metadata.Seed, Is.EqualTo(7));
        Assert.That(report.Metadata.Trainer, Is.EqualTo(nameof(ThemeTrainerKind.SdcaLogisticRegression)));
        Assert.That(ThemeClassifier.Load(directory.Path).Classify(Probes), Has.Count.EqualTo(Probes.Length));
    }

    [TestCase(ThemeTrainerKind.LinearSvm)]
    [TestCase(ThemeTrainerKind.AveragedPerceptron)]
    public void Train_EachLearner_GivesAModelThatFindsTheObviousTheme(ThemeTrainerKind trainer)
    {
        using var directory = new TempDirectory();
        var options = new ThemeTrainingOptions { Trainer = trainer, Folds = 2 };

        new ThemeModelTrainer(options).Train(LabelledCorpus.LoadEmbedded(LabelSplits.Train),
            LabelledCorpus.LoadEmbedded(LabelSplits.Dev), directory.Path);

        var themes = ThemeClassifier.Load(directory.Path).Classify([Probes[0]])[0].Select(t => t.Label);
        Assert.That(themes, Does.Contain("staffing"));
    }

    [Test]
    public void Train_NaiveBayesScalingAndNegativeSentences_GivesAModelThatFindsTheObviousThemes()
    {
        using var directory = new TempDirectory();
        var options = new ThemeTrainingOptions { NaiveBayesPower = 1, DualC = 8, NegativeSentenceWeight = 0.5, Folds = 2 };

        var report = new ThemeModelTrainer(options).Train(LabelledCorpus.LoadEmbedded(LabelSplits.Train),
            LabelledCorpus.LoadEmbedded(LabelSplits.Dev), directory.Path);

        Assert.That(report.Metadata.Features, Does.EndWith("best sentence, negative sentences ×0.5"));
        var themes = ThemeClassifier.Load(directory.Path).Classify([Probes[0], Probes[1]]);
        Assert.That(themes[0].Select(t => t.Label), Does.Contain("staffing"));
        Assert.That(themes[1].Select(t => t.Label), Does.Contain("victim-contact"));
    }

    [Test]
    public void Train_SharedModel_TrainsOnRealisticDevWhenTheBuildFoundIt()
    {
        var metadata = SharedThemeModel.Classifier.Metadata;
        var embedded = LabelledCorpus.HasEmbedded(LabelSplits.RealisticDev);

        Assert.That(metadata.RealisticParagraphs, Is.EqualTo(embedded ? LabelledCorpus.LoadEmbedded(LabelSplits.RealisticDev).Count : 0));
        Assert.That(metadata.Trainer, Is.EqualTo(new ThemeTrainingOptions().Trainer.ToString()));
        Assert.That(metadata.CrossValidated.MacroF1, Is.GreaterThan(0.5), "out-of-fold macro-F1 on dev");
    }

    [Test]
    public void Train_SharedModel_WritesOneModelFileAndItsSidecar()
    {
        var files = Directory.GetFiles(SharedThemeModel.ModelsDirectory).Select(Path.GetFileName);

        Assert.That(files, Is.EquivalentTo(new[] { ThemeModelFiles.ModelFileName, ThemeModelFiles.MetadataFileName }));
        var metadata = SharedThemeModel.Classifier.Metadata;
        Assert.That(metadata.Labels, Is.EqualTo(Themes.All));
        Assert.That(metadata.Thresholds.Select(t => t.Label), Is.EqualTo(Themes.All));
        Assert.That(metadata.Thresholds.Select(t => t.Threshold), Has.All.InRange(ThresholdSelector.Lowest, ThresholdSelector.Highest));
    }

    [Test]
    public void Train_EmptyDev_Throws()
    {
        using var directory = new TempDirectory();

        Assert.That(() => new ThemeModelTrainer().Train(FixtureParagraphs.All, [], directory.Path),
            Throws.ArgumentException);
    }
}
