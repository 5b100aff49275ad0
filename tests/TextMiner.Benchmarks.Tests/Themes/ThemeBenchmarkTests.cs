using TextMiner.Benchmarks.Themes;
using TextMiner.Classification.Training;
using TextMiner.TestSupport;

namespace TextMiner.Benchmarks.Tests.Themes;

public sealed class ThemeBenchmarkTests
{
    [Test]
    public void Run_SmallCorpus_ReportsTrainingThroughputAndSize()
    {
        using var directory = new TempDirectory();
        var options = new ThemeTrainingOptions { Folds = 2 };

        var result = ThemeBenchmark.Run(directory.Path, paragraphs: 300, options);

        TestContext.Out.WriteLine(result.ToText());
        Assert.That(result.ParagraphsClassified, Is.EqualTo(300));
        Assert.That(result.TrainParagraphs, Is.EqualTo(300));
        Assert.That(result.TrainingTime, Is.GreaterThan(TimeSpan.Zero));
        Assert.That(result.ParagraphsPerSecond, Is.GreaterThan(0));
        Assert.That(result.ModelBytes, Is.EqualTo(Directory.GetFiles(directory.Combine("models")).Sum(f => new FileInfo(f).Length)));
        Assert.That(result.ToText(), Does.Contain("paragraphs/s"));
    }
}
