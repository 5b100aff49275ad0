namespace TextMiner.Classification.Training;

/// <summary>One linear scorer per label (in <see cref="Core.Records.Themes.All"/> order), as fitted.</summary>
internal sealed record LinearFit(float[][] Weights, float[] Bias)
{
    /// <summary>The weights laid out term-major (all labels of feature 0, then of feature 1, ...) for the scorer.</summary>
    public float[] TermMajor()
    {
        var labels = Weights.Length;
        var features = Weights[0].Length;
        var result = new float[features * labels];
        for (var label = 0; label < labels; label++)
        {
            for (var f = 0; f < features; f++)
            {
                result[(f * labels) + label] = Weights[label][f];
            }
        }

        return result;
    }
}
