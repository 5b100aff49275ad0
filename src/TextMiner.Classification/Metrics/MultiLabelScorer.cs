using TextMiner.Core.Records;

namespace TextMiner.Classification.Metrics;

/// <summary>Compares predicted label sets with gold label sets, label by label, over all <see cref="Themes.All"/>.</summary>
public static class MultiLabelScorer
{
    public static MultiLabelMetrics Score(
        IReadOnlyList<IReadOnlyCollection<string>> gold, IReadOnlyList<IReadOnlyCollection<string>> predicted)
    {
        if (gold.Count != predicted.Count)
        {
            throw new ArgumentException($"{gold.Count} gold label sets but {predicted.Count} predictions.", nameof(predicted));
        }

        var perLabel = Themes.All.Select(label =>
        {
            int tp = 0, fp = 0, fn = 0;
            for (var i = 0; i < gold.Count; i++)
            {
                var isGold = gold[i].Contains(label, StringComparer.Ordinal);
                var isPredicted = predicted[i].Contains(label, StringComparer.Ordinal);
                tp += isGold && isPredicted ? 1 : 0;
                fp += !isGold && isPredicted ? 1 : 0;
                fn += isGold && !isPredicted ? 1 : 0;
            }

            return new LabelMetrics(label, tp, fp, fn);
        }).ToArray();
        return new MultiLabelMetrics(perLabel);
    }
}
