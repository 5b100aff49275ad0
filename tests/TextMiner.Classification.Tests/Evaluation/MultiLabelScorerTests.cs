using TextMiner.Classification.Metrics;
using TextMiner.Evaluation.Classification;

namespace TextMiner.Classification.Tests.Evaluation;

public sealed class MultiLabelScorerTests
{
    [Test]
    public void Score_HandCountedExample_GivesExpectedMicroAndMacro()
    {
        IReadOnlyCollection<string>[] gold = [["staffing", "workload"], ["staffing"], [], ["estates"]];
        IReadOnlyCollection<string>[] predicted = [["staffing"], ["staffing", "training"], ["training"], ["estates"]];

        var metrics = MultiLabelScorer.Score(gold, predicted);

        var staffing = metrics.PerLabel.Single(m => m.Label == "staffing");
        Assert.That((staffing.TruePositives, staffing.FalsePositives, staffing.FalseNegatives), Is.EqualTo((2, 0, 0)));
        var training = metrics.PerLabel.Single(m => m.Label == "training");
        Assert.That((training.Precision, training.Recall, training.F1), Is.EqualTo((0.0, 0.0, 0.0)));
        // Pooled: tp 3 (staffing 2, estates 1), fp 2 (training), fn 1 (workload) → 6 / (6 + 2 + 1).
        Assert.That(metrics.MicroF1, Is.EqualTo(6.0 / 9).Within(1e-12));
        // F1 per label: staffing 1, estates 1, every other label 0 → 2 / 13.
        Assert.That(metrics.MacroF1, Is.EqualTo(2.0 / 13).Within(1e-12));
    }

    [Test]
    public void Score_DifferentLengths_Throws() =>
        Assert.That(() => MultiLabelScorer.Score([[]], []), Throws.ArgumentException);
}
