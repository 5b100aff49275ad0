namespace TextMiner.Classification.Training;

/// <summary>
/// L2-regularised logistic regression for one label, solved in the dual by coordinate descent (Yu, Huang and Lin, 2011;
/// liblinear's solver 7): one pass over a paragraph's few non-zero features per step, so an epoch costs one read and
/// one write of the data, and a handful of epochs converge. The bias is a feature of constant value 1, regularised
/// like the rest (as in liblinear).
/// <para>
/// The primal weights are w = Σ yᵢ αᵢ xᵢ. A fold's model warm-starts from the full model's α with the held-out rows'
/// α left out, so the held-out rows contribute nothing to its start and it re-converges on its own rows.
/// </para>
/// </summary>
internal static class DualLogisticRegression
{
    private const int MaxInnerNewtonSteps = 100;
    private const double InnerEpsilonMin = 1e-8;

    /// <summary>The fitted α (two per matrix row, used only for the rows fitted) and the primal weights with bias last.</summary>
    public sealed record Solution(double[] Alpha, float[] Weights);

    /// <param name="matrix">The features, as compressed sparse rows.</param>
    /// <param name="rows">The matrix rows to fit on.</param>
    /// <param name="positive">Per matrix row: does it carry the label.</param>
    /// <param name="upperBound">Per matrix row: its C (regularisation weight times example and class weight).</param>
    /// <param name="warm">A solution fitted with the same bounds on other rows to start from, or null.</param>
    public static Solution Fit(SparseRows matrix, IReadOnlyList<int> rows, IReadOnlyList<bool> positive,
        IReadOnlyList<double> upperBound, Solution? warm, int seed, double epsilon, int maxPasses)
    {
        var bias = matrix.FeatureCount;
        var w = new float[matrix.FeatureCount + 1];
        var alpha = new double[2 * matrix.RowCount];
        var order = rows.ToArray();
        var squaredNorms = new double[order.Length];
        for (var k = 0; k < order.Length; k++)
        {
            var i = order[k];
            var c = upperBound[i];
            alpha[2 * i] = warm is null ? Math.Min(0.001 * c, 1e-8) : warm.Alpha[2 * i];
            alpha[(2 * i) + 1] = c - alpha[2 * i];
            var y = positive[i] ? 1.0 : -1.0;
            var indices = matrix.Indices(i);
            var values = matrix.Values(i);
            var norm = 1.0;
            for (var f = 0; f < indices.Length; f++)
            {
                norm += values[f] * values[f];
                w[indices[f]] += (float)(y * alpha[2 * i] * values[f]);
            }

            w[bias] += (float)(y * alpha[2 * i]);
            squaredNorms[k] = norm;
        }

        var random = new Random(seed);
        var innerEpsilon = 1e-2;
        var innerEpsilonMin = Math.Min(InnerEpsilonMin, epsilon);
        // Passes after the first visit only the rows that still violated the tolerance (the front of the array); when
        // they all meet it, a full pass checks every row, and only a full pass can end the fit.
        var positions = Enumerable.Range(0, order.Length).ToArray();
        var (active, full) = (positions.Length, true);
        for (var pass = 0; pass < maxPasses; pass++)
        {
            random.Shuffle(positions.AsSpan(0, active));
            var newtonSteps = 0;
            var maxGradient = 0.0;
            var violating = 0;
            for (var p = 0; p < active; p++)
            {
                var k = positions[p];
                var i = order[k];
                var y = positive[i] ? 1.0 : -1.0;
                var c = upperBound[i];
                var indices = matrix.Indices(i);
                var values = matrix.Values(i);
                var margin = w[bias];
                for (var f = 0; f < indices.Length; f++)
                {
                    margin += w[indices[f]] * values[f];
                }


                var a = squaredNorms[k];
                var b = y * margin;

                // Minimise z log z + (C - z) log(C - z) + a/2 (z - α)² + sign·b (z - α) over one of the pair (αᵢ, C - αᵢ).
                int first = 2 * i, second = (2 * i) + 1;
                var sign = 1.0;
                if ((0.5 * a * (alpha[second] - alpha[first])) + b < 0)
                {
                    (first, second, sign) = (second, first, -1.0);
                }

                var old = alpha[first];
                var z = c - old < 0.5 * c ? 0.1 * old : old;
                var gradient = (a * (z - old)) + (sign * b) + Math.Log(z / (c - z));
                maxGradient = Math.Max(maxGradient, Math.Abs(gradient));
                if (Math.Abs(gradient) >= epsilon)
                {
                    (positions[violating], positions[p]) = (positions[p], positions[violating]);
                    violating++;
                }

                var steps = 0;
                while (steps <= MaxInnerNewtonSteps && Math.Abs(gradient) >= innerEpsilon)
                {
                    var next = z - (gradient / (a + (c / (c - z) / z)));
                    z = next <= 0 ? z * 0.1 : next;
                    gradient = (a * (z - old)) + (sign * b) + Math.Log(z / (c - z));
                    steps++;
                }

                newtonSteps += steps;
                if (steps > 0)
                {
                    alpha[first] = z;
                    alpha[second] = c - z;
                    var delta = (float)(sign * (z - old) * y);
                    for (var f = 0; f < indices.Length; f++)
                    {
                        w[indices[f]] += delta * values[f];
                    }

                    w[bias] += delta;
                }
            }

            if (maxGradient < epsilon)
            {
                if (full)
                {
                    break;
                }

                (active, full) = (positions.Length, true);
                continue;
            }

            if (newtonSteps <= active / 10)
            {
                innerEpsilon = Math.Max(innerEpsilonMin, 0.1 * innerEpsilon);
            }

            (active, full) = (violating, false);
        }

        return new Solution(alpha, w);
    }
}
