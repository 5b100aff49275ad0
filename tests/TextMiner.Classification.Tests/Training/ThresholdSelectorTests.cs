using TextMiner.Classification.Training;

namespace TextMiner.Classification.Tests.Training;

public sealed class ThresholdSelectorTests
{
    private static readonly object[] Cases =
    [
        // Perfectly separable at anything in (0.3, 0.6]: the middle of the 0.31..0.60 plateau.
        new object[] { new[] { 0.9f, 0.6f, 0.3f, 0.1f }, new[] { true, true, false, false }, 0.45, 1.0 },
        // Positives only score low: the threshold comes down (plateau 0.06..0.15) to catch them.
        new object[] { new[] { 0.2f, 0.15f, 0.05f }, new[] { true, true, false }, 0.10, 1.0 },
        // No positives at all: the fallback.
        new object[] { new[] { 0.2f, 0.1f }, new[] { false, false }, ThresholdSelector.Fallback, 0.0 },
    ];

    [TestCaseSource(nameof(Cases))]
    public void Select_Table_PicksMiddleOfBestPlateau(float[] probabilities, bool[] gold, double threshold, double f1)
    {
        var (chosen, bestF1) = ThresholdSelector.Select(probabilities, gold);

        Assert.That(chosen, Is.EqualTo(threshold).Within(1e-9));
        Assert.That(bestF1, Is.EqualTo(f1).Within(1e-9));
    }

    [Test]
    public void Select_Smoothed_PrefersBroadPlateauToLoneSpike()
    {
        // Two positives between negatives at 0.565..0.615 give the best F1 (2/3) at 0.59 alone; catching the third
        // positive at 0.305 gives 0.6 over 0.21..0.30. Smoothed over 5 steps either side, the plateau wins.
        float[] probabilities = [0.615f, 0.605f, 0.595f, 0.585f, 0.575f, 0.565f, 0.305f, 0.205f];
        bool[] gold = [false, true, true, false, false, false, true, false];

        var (unsmoothed, spikeF1) = ThresholdSelector.Select(probabilities, gold);
        var (smoothed, plateauF1) = ThresholdSelector.Select(probabilities, gold, smoothing: 5);

        Assert.That(unsmoothed, Is.EqualTo(0.59).Within(1e-9));
        Assert.That(spikeF1, Is.EqualTo(2.0 / 3).Within(1e-9));
        Assert.That(smoothed, Is.EqualTo(0.25).Within(1e-9));
        Assert.That(plateauF1, Is.EqualTo(0.6).Within(1e-9));
    }
}
