using Microsoft.ML.Trainers;

namespace TextMiner.Classification.Training;

/// <summary>One linear scorer per label (in <see cref="Core.Records.Themes.All"/> order), as fitted; a label with no
/// positive example has no model and a scorer that never fires.</summary>
internal sealed record LinearFit(IReadOnlyList<LinearBinaryModelParameters?> Models, int FeatureCount)
{
    public const float NeverBias = -10f;

    public float[] Bias => [.. Models.Select(m => m?.Bias ?? NeverBias)];

    /// <summary>The weights laid out term-major (all labels of feature 0, then of feature 1, ...) for the scorer.</summary>
    public float[] TermMajor()
    {
        var labels = Models.Count;
        var result = new float[FeatureCount * labels];
        for (var label = 0; label < labels; label++)
        {
            var weights = Models[label]?.Weights ?? [];
            for (var f = 0; f < weights.Count; f++)
            {
                result[(f * labels) + label] = weights[f];
            }
        }

        return result;
    }
}
