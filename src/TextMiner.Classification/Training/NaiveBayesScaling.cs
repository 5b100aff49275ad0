namespace TextMiner.Classification.Training;

/// <summary>
/// Per-feature scales for one label from naive Bayes log-count ratios (Wang and Manning, 2012):
/// r = ln((1 + positives with the feature) / (1 + positives)) − ln((1 + negatives with it) / (1 + negatives)), and the
/// scale |r|^power. Counted over the rows being fitted only, so held-out rows never shape their own scores.
/// </summary>
internal static class NaiveBayesScaling
{
    /// <summary>Scales are kept at least this, so no feature is switched off entirely.</summary>
    public const float Floor = 0.05f;

    public static float[] Scales(SparseRows matrix, IReadOnlyList<int> rows, IReadOnlyList<bool> positive, double power)
    {
        var (inPositive, inNegative) = (new int[matrix.FeatureCount], new int[matrix.FeatureCount]);
        var (positives, negatives) = (0, 0);
        foreach (var row in rows)
        {
            var counts = positive[row] ? inPositive : inNegative;
            _ = positive[row] ? positives++ : negatives++;
            foreach (var index in matrix.Indices(row))
            {
                counts[index]++;
            }
        }

        var scales = new float[matrix.FeatureCount];
        for (var f = 0; f < scales.Length; f++)
        {
            var ratio = Math.Log((1.0 + inPositive[f]) / (1.0 + positives)) - Math.Log((1.0 + inNegative[f]) / (1.0 + negatives));
            scales[f] = Math.Max(Floor, (float)Math.Pow(Math.Abs(ratio), power));
        }

        return scales;
    }

    /// <summary>The rows with every value multiplied by its feature's scale.</summary>
    public static SparseRows Scale(SparseRows matrix, float[] scales)
    {
        var rows = new (int[] Indices, float[] Values)[matrix.RowCount];
        for (var r = 0; r < rows.Length; r++)
        {
            var indices = matrix.Indices(r);
            var values = matrix.Values(r).ToArray();
            for (var f = 0; f < values.Length; f++)
            {
                values[f] *= scales[indices[f]];
            }

            rows[r] = (indices.ToArray(), values);
        }

        return new SparseRows(matrix.FeatureCount, rows);
    }
}
