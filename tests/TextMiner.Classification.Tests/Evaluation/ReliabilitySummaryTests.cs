using TextMiner.Core.Records;
using TextMiner.Evaluation.Classification;

namespace TextMiner.Classification.Tests.Evaluation;

public sealed class ReliabilitySummaryTests
{
    [Test]
    public void Compute_AlwaysCertainButRightHalfTheTime_EceAndBrierAreOneHalf()
    {
        var probabilities = Enumerable.Range(0, 10).Select(_ => Enumerable.Repeat(1f, Themes.All.Count).ToArray()).ToList();
        var gold = Enumerable.Range(0, 10).Select(i => (IReadOnlyList<string>)(i % 2 == 0 ? Themes.All : [])).ToList();

        var summary = ReliabilitySummary.Compute(probabilities, gold);

        Assert.That(summary.Ece, Is.EqualTo(0.5).Within(1e-9));
        Assert.That(summary.Brier, Is.EqualTo(0.5).Within(1e-9));
        Assert.That(summary.Bins[^1].Count, Is.EqualTo(10 * Themes.All.Count));
    }

    [Test]
    public void Compute_FrequenciesMatchProbabilities_EceIsZero()
    {
        // Four paragraphs at 0.25 with one positive, four at 0.75 with three: observed equals predicted in each bin.
        float[] p = [0.25f, 0.25f, 0.25f, 0.25f, 0.75f, 0.75f, 0.75f, 0.75f];
        var probabilities = p.Select(x => Enumerable.Repeat(x, Themes.All.Count).ToArray()).ToList();
        var gold = new[] { true, false, false, false, true, true, true, false }
            .Select(g => (IReadOnlyList<string>)(g ? Themes.All : [])).ToList();

        var summary = ReliabilitySummary.Compute(probabilities, gold);

        Assert.That(summary.Ece, Is.EqualTo(0).Within(1e-6));
        Assert.That(summary.PerLabel.Select(l => l.Ece), Has.All.EqualTo(0).Within(1e-6));
        Assert.That(summary.ToText(), Does.Contain("ECE 0.000"));
    }
}
