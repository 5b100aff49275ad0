using TextMiner.Classification.Corpus;
using TextMiner.Core.Records;
using TextMiner.Evaluation.Classification;
using TextMiner.TestSupport;

namespace TextMiner.Classification.Tests.Evaluation;

public sealed class ClassificationEvaluatorTests
{
    [Test]
    public void EvaluateSplit_Test_MeetsTheQualityBar()
    {
        var report = ClassificationEvaluator.EvaluateSplit(SharedThemeModel.Classifier, LabelSplits.Test);

        TestContext.Out.WriteLine(report.ToText());
        Assert.That(report.Model.MacroF1, Is.GreaterThanOrEqualTo(0.80));
        Assert.That(report.Model.MacroF1 - report.Baseline.MacroF1, Is.GreaterThanOrEqualTo(0.10));
    }

    [Test]
    public void Evaluate_Fixture_ReportTableHasEveryLabelBothSummariesAndReliability()
    {
        var report = ClassificationEvaluator.Evaluate(SharedThemeModel.Classifier, FixtureParagraphs.All, "fixture");
        var lines = report.ToText().Split('\n');

        Assert.That(report.Paragraphs, Is.EqualTo(FixtureParagraphs.All.Count));
        Assert.That(lines[0], Does.StartWith("Theme classification on fixture (30 paragraphs)"));
        foreach (var label in Themes.All.Append("micro").Append("macro"))
        {
            Assert.That(lines.Where(l => l.Contains('|', StringComparison.Ordinal)), Has.One.StartsWith(label + " "), label);
        }

        Assert.That(lines, Has.One.StartsWith("Macro-F1: model "));
        Assert.That(lines, Has.One.StartsWith("Reliability of the probabilities (all labels pooled): ECE "));
        Assert.That(report.Reliability.PerLabel.Select(l => l.Label), Is.EqualTo(Themes.All));
    }

    [Test]
    public void EvaluateFile_LabelsFile_ScoresItsParagraphsWithSupportCounts()
    {
        using var directory = new TempDirectory();
        var path = directory.Combine("labels.jsonl");
        File.WriteAllLines(path,
        [
            """{"id":"a","text":"There were 45 vacancies for probation officers and agency staff covered a fifth of the posts.","labels":["staffing"]}""",
            """{"id":"b","text":"The victim liaison officer did not tell victims about the parole hearing.","labels":["victim-contact"]}""",
            """{"id":"c","text":"The meeting closed at five o'clock.","labels":[]}""",
        ]);

        var report = ClassificationEvaluator.EvaluateFile(SharedThemeModel.Classifier, path);

        Assert.That(report.Source, Is.EqualTo(path));
        Assert.That(report.Model.PerLabel.Single(m => m.Label == "staffing").Support, Is.EqualTo(1));
        Assert.That(report.Model.PerLabel.Single(m => m.Label == "victim-contact").Support, Is.EqualTo(1));
        Assert.That(report.Model.PerLabel.Where(m => m.Label is not ("staffing" or "victim-contact")).Sum(m => m.Support), Is.Zero);
        Assert.That(report.ToText(), Does.Contain("Macro-F1 over the 2 labels with gold paragraphs here"));
    }

    [Test]
    public void EvaluateFile_UnknownLabel_ThrowsNamingTheLine()
    {
        using var directory = new TempDirectory();
        var path = directory.Combine("labels.jsonl");
        File.WriteAllLines(path, ["""{"id":"a","text":"x","labels":[]}""", """{"id":"b","text":"y","labels":["weather"]}"""]);

        Assert.That(() => ClassificationEvaluator.EvaluateFile(SharedThemeModel.Classifier, path),
            Throws.InstanceOf<InvalidDataException>().With.Message.EqualTo("unknown theme label 'weather' on line 2"));
    }

    [Test]
    public void EvaluateFile_RealisticTest_MeetsTheRealPhrasingBar()
    {
        // ../shared/realistic beside the repository (as in CI); never tuned on. A regression guard a little below the
        // measured figures (macro-F1 over the labels present 0.68, micro-F1 0.74, ECE 0.01; see the README's Themes).
        var path = RealisticFile("labels-test.jsonl");

        var report = ClassificationEvaluator.EvaluateFile(SharedThemeModel.Classifier, path);

        TestContext.Out.WriteLine(report.ToText());
        Assert.That(report.Model.MacroF1Present, Is.GreaterThanOrEqualTo(0.65));
        Assert.That(report.Model.MicroF1, Is.GreaterThanOrEqualTo(0.72));
        Assert.That(report.Reliability.Ece, Is.LessThan(0.03));
    }

    internal static string RealisticFile(string name)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "TextMiner.sln")))
        {
            directory = directory.Parent;
        }

        var path = directory is null ? null : Path.Combine(directory.FullName, "..", "shared", "realistic", name);
        if (path is null || !File.Exists(path))
        {
            Assert.Ignore($"../shared/realistic/{name} is not beside the repository.");
        }

        return path!;
    }
}
