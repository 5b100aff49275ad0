using TextMiner.Classification.Metrics;
using TextMiner.Classification.Model;
using TextMiner.Core.Records;

namespace TextMiner.Classification.Training;

/// <summary>
/// Per label, a Platt sigmoid and a decision threshold fitted on out-of-fold scores, and the figures they give. Where
/// the preferred rows (real phrasing) hold at least <c>minPreferredPositives</c> of a label, that label is tuned on them
/// alone; otherwise on every row.
/// </summary>
internal static class OutOfFoldTuning
{
    public static Result Tune(IReadOnlyList<float[]> scores, IReadOnlyList<IReadOnlyList<string>> gold,
        IReadOnlyList<bool>? preferred = null, int minPreferredPositives = int.MaxValue, int thresholdSmoothing = 0)
    {
        var calibration = new PlattScaling[Themes.All.Count];
        var thresholds = new LabelThreshold[Themes.All.Count];
        var probabilities = scores.Select(_ => new float[Themes.All.Count]).ToArray();
        var predicted = scores.Select(_ => new List<string>()).ToArray();
        for (var label = 0; label < Themes.All.Count; label++)
        {
            var name = Themes.All[label];
            var isGold = gold.Select(g => g.Contains(name, StringComparer.Ordinal)).ToArray();
            var raw = scores.Select(s => s[label]).ToArray();
            var usePreferred = preferred is not null && isGold.Where((_, i) => preferred[i]).Count(g => g) >= minPreferredPositives;
            var rows = Enumerable.Range(0, raw.Length).Where(i => !usePreferred || preferred![i]).ToArray();
            calibration[label] = PlattFitter.Fit([.. rows.Select(i => raw[i])], [.. rows.Select(i => isGold[i])]);
            var calibrated = raw.Select(calibration[label].Probability).ToArray();
            var (threshold, _) = ThresholdSelector.Select([.. rows.Select(i => calibrated[i])], [.. rows.Select(i => isGold[i])], thresholdSmoothing);
            var f1 = ThresholdSelector.F1At(threshold, calibrated, isGold);
            thresholds[label] = new LabelThreshold(name, threshold, Math.Round(f1, 4));
            for (var row = 0; row < calibrated.Length; row++)
            {
                probabilities[row][label] = calibrated[row];
                if (calibrated[row] >= threshold)
                {
                    predicted[row].Add(name);
                }
            }
        }

        var metrics = MultiLabelScorer.Score([.. gold.Select(g => (IReadOnlyCollection<string>)[.. g])], predicted);
        return new Result(calibration, thresholds, probabilities, predicted, metrics);
    }

    public sealed record Result(IReadOnlyList<PlattScaling> Calibration, IReadOnlyList<LabelThreshold> Thresholds,
        IReadOnlyList<float[]> Probabilities, IReadOnlyList<List<string>> Predicted, MultiLabelMetrics Metrics);
}
