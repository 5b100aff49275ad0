using TextMiner.Classification.Corpus;
using TextMiner.Classification.Evaluation;
using TextMiner.Core.Records;

namespace TextMiner.Classification.Tests.Evaluation;

public sealed class ClassificationEvaluatorTests
{
    [Test]
    public void EvaluateSplit_Test_MeetsTheQualityBar()
    {
        var report = ClassificationEvaluator.EvaluateSplit(SharedThemeModel.Classifier,
            SharedThemeModel.Classifier.Metadata.Trainer, LabelSplits.Test);

        TestContext.Out.WriteLine(report.ToText());
        Assert.That(report.Model.MacroF1, Is.GreaterThanOrEqualTo(0.80));
        Assert.That(report.Model.MacroF1 - report.Baseline.MacroF1, Is.GreaterThanOrEqualTo(0.10));
    }

    [Test]
    public void Evaluate_Fixture_ReportTableHasEveryLabelAndBothSummaries()
    {
        var report = ClassificationEvaluator.Evaluate(SharedThemeModel.Classifier, "model", FixtureParagraphs.All, "fixture");
        var lines = report.ToText().Split('\n');

        Assert.That(report.Paragraphs, Is.EqualTo(FixtureParagraphs.All.Count));
        Assert.That(lines[0], Does.StartWith("Theme classification on split 'fixture' (30 paragraphs)"));
        foreach (var label in Themes.All.Append("micro").Append("macro"))
        {
            Assert.That(lines, Has.One.StartsWith(label + " "), label);
        }

        Assert.That(lines, Has.One.StartsWith("Macro-F1: model "));
    }
}
