using TextMiner.Classification.Training;

namespace TextMiner.Classification.Tests.Training;

public sealed class PlattFitterTests
{
    [Test]
    public void Fit_ScoresDrawnFromAKnownSigmoid_RecoversIt()
    {
        // Labels drawn with probability sigmoid(2s - 1): the fit should find slope ~2 and intercept ~-1.
        var random = new Random(11);
        var scores = Enumerable.Range(0, 20_000).Select(_ => (float)((random.NextDouble() * 6) - 3)).ToArray();
        var gold = scores.Select(s => random.NextDouble() < 1 / (1 + Math.Exp(-((2 * s) - 1)))).ToArray();

        var platt = PlattFitter.Fit(scores, gold);

        Assert.That(platt.Slope, Is.EqualTo(2).Within(0.15));
        Assert.That(platt.Intercept, Is.EqualTo(-1).Within(0.15));
    }

    [Test]
    public void Fit_SeparableScores_StaysAwayFromZeroAndOne()
    {
        float[] scores = [-2, -1.5f, -1, 1, 1.5f, 2];
        bool[] gold = [false, false, false, true, true, true];

        var platt = PlattFitter.Fit(scores, gold);

        Assert.That(platt.Probability(2), Is.LessThan(1).And.GreaterThan(0.7));
        Assert.That(platt.Probability(-2), Is.GreaterThan(0).And.LessThan(0.3));
        Assert.That(platt.Probability(1), Is.GreaterThan(platt.Probability(-1)));
    }
}
