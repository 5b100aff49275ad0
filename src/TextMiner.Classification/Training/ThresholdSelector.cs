namespace TextMiner.Classification.Training;

/// <summary>Picks one label's decision threshold on dev: the middle of the widest run of thresholds with the best F1.</summary>
internal static class ThresholdSelector
{
    public const double Lowest = 0.02;
    public const double Highest = 0.90;
    public const double Step = 0.01;
    public const double Fallback = 0.5;

    /// <param name="smoothing">0: the F1 of each threshold as it is; above 0, each threshold is judged by the mean F1 of
    /// the thresholds this many steps either side, so a lone spike (a few rare positives) does not decide.</param>
    public static (double Threshold, double F1) Select(IReadOnlyList<float> probabilities, IReadOnlyList<bool> gold, int smoothing = 0)
    {
        var steps = (int)Math.Round((Highest - Lowest) / Step);
        var raw = new double[steps + 1];
        for (var s = 0; s <= steps; s++)
        {
            raw[s] = F1At(Lowest + (s * Step), probabilities, gold);
        }

        var f1s = smoothing == 0 ? raw : [.. raw.Select((_, s) =>
            raw.AsSpan(Math.Max(0, s - smoothing), Math.Min(steps, s + smoothing) - Math.Max(0, s - smoothing) + 1).ToArray().Average())];

        var best = f1s.Max();
        if (best <= 0)
        {
            return (Fallback, F1At(Fallback, probabilities, gold));
        }

        // A dev split has few positives per label, so many thresholds tie; the middle of the tie is the least fragile.
        int runStart = -1, bestStart = 0, bestLength = 0;
        for (var s = 0; s <= steps + 1; s++)
        {
            var onBest = s <= steps && Math.Abs(f1s[s] - best) < 1e-12;
            if (onBest && runStart < 0)
            {
                runStart = s;
            }
            else if (!onBest && runStart >= 0)
            {
                if (s - runStart > bestLength)
                {
                    (bestStart, bestLength) = (runStart, s - runStart);
                }

                runStart = -1;
            }
        }

        var middle = bestStart + ((bestLength - 1) / 2);
        return (Math.Round(Lowest + (middle * Step), 2), raw[middle]);
    }

    public static double F1At(double threshold, IReadOnlyList<float> probabilities, IReadOnlyList<bool> gold)
    {
        int tp = 0, fp = 0, fn = 0;
        for (var i = 0; i < probabilities.Count; i++)
        {
            var predicted = probabilities[i] >= threshold;
            tp += predicted && gold[i] ? 1 : 0;
            fp += predicted && !gold[i] ? 1 : 0;
            fn += !predicted && gold[i] ? 1 : 0;
        }

        return tp == 0 ? 0 : 2.0 * tp / ((2.0 * tp) + fp + fn);
    }
}
