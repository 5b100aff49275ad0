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
}
