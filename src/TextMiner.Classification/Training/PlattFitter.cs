using TextMiner.Classification.Model;

namespace TextMiner.Classification.Training;

/// <summary>
/// Fits a label's Platt sigmoid to held-out scores by Newton's method with backtracking, on smoothed targets
/// ((positives + 1) / (positives + 2) and 1 / (negatives + 2)), as in Lin, Lin and Weng (2007), so a label with few
/// positives is not pushed to probabilities of 0 and 1.
/// </summary>
internal static class PlattFitter
{
    private const int MaxIterations = 100;
    private const double MinStep = 1e-10;
    private const double Sigma = 1e-12;

    public static PlattScaling Fit(IReadOnlyList<float> scores, IReadOnlyList<bool> gold)
    {
        var positives = gold.Count(g => g);
        var negatives = gold.Count - positives;
        var (high, low) = ((positives + 1.0) / (positives + 2.0), 1.0 / (negatives + 2.0));
        var targets = gold.Select(g => g ? high : low).ToArray();

        // Parameterised as p = 1 / (1 + exp(a * s + b)); the result flips the signs into PlattScaling's form.
        double a = 0, b = Math.Log((negatives + 1.0) / (positives + 1.0));
        var loss = Loss(scores, targets, a, b);
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            double h11 = Sigma, h22 = Sigma, h21 = 0, g1 = 0, g2 = 0;
            for (var i = 0; i < scores.Count; i++)
            {
                var f = (scores[i] * a) + b;
                var (p, q) = f >= 0 ? (Math.Exp(-f) / (1 + Math.Exp(-f)), 1 / (1 + Math.Exp(-f)))
                    : (1 / (1 + Math.Exp(f)), Math.Exp(f) / (1 + Math.Exp(f)));
                var d2 = p * q;
                h11 += scores[i] * scores[i] * d2;
                h22 += d2;
                h21 += scores[i] * d2;
                var d1 = targets[i] - p;
                g1 += scores[i] * d1;
                g2 += d1;
            }

            if (Math.Abs(g1) < 1e-5 && Math.Abs(g2) < 1e-5)
            {
                break;
            }

            var det = (h11 * h22) - (h21 * h21);
            var (da, db) = (-((h22 * g1) - (h21 * g2)) / det, -((-h21 * g1) + (h11 * g2)) / det);
            var gd = (g1 * da) + (g2 * db);
            var step = 1.0;
            while (step >= MinStep)
            {
                var (na, nb) = (a + (step * da), b + (step * db));
                var newLoss = Loss(scores, targets, na, nb);
                if (newLoss < loss + (1e-4 * step * gd))
                {
                    (a, b, loss) = (na, nb, newLoss);
                    break;
                }

                step /= 2;
            }

            if (step < MinStep)
            {
                break;
            }
        }

        return new PlattScaling(-a, -b);
    }

    private static double Loss(IReadOnlyList<float> scores, double[] targets, double a, double b)
    {
        var loss = 0.0;
        for (var i = 0; i < scores.Count; i++)
        {
            var f = (scores[i] * a) + b;
            loss += f >= 0 ? (targets[i] * f) + Math.Log(1 + Math.Exp(-f)) : ((targets[i] - 1) * f) + Math.Log(1 + Math.Exp(f));
        }

        return loss;
    }
}
