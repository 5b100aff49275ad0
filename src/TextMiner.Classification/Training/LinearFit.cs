namespace TextMiner.Classification.Training;

/// <summary>One linear scorer per label (in <see cref="Core.Records.Themes.All"/> order), as fitted: its weights over the
/// features and its bias. A label with no positive example has no weights and a bias that never fires.</summary>
internal sealed record LinearFit(IReadOnlyList<float[]?> Weights, IReadOnlyList<float> Biases, int FeatureCount)
{
    public const float NeverBias = -10f;

    public float[] Bias => [.. Biases];

    /// <summary>The weights laid out term-major (all labels of feature 0, then of feature 1, ...) for the scorer.</summary>
    public float[] TermMajor()
    {
        var labels = Weights.Count;
        var result = new float[FeatureCount * labels];
        for (var label = 0; label < labels; label++)
        {
            var weights = Weights[label] ?? [];
            for (var f = 0; f < weights.Length; f++)
            {
                result[(f * labels) + label] = weights[f];
            }
        }

        return result;
    }
}
