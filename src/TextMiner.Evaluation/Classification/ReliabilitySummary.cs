using System.Globalization;
using System.Text;
using TextMiner.Core.Records;

namespace TextMiner.Evaluation.Classification;

/// <summary>How far the model's probabilities can be read as probabilities: per label and pooled over every label.</summary>
public sealed record ReliabilitySummary(IReadOnlyList<ReliabilityBin> Bins, IReadOnlyList<LabelReliability> PerLabel, double Ece, double Brier)
{
    public const int BinCount = 10;

    /// <summary><paramref name="probabilities"/>[paragraph][label] in <see cref="Themes.All"/> order.</summary>
    public static ReliabilitySummary Compute(IReadOnlyList<float[]> probabilities, IReadOnlyList<IReadOnlyList<string>> gold)
    {
        var pooled = new List<(double P, bool Gold)>();
        var perLabel = new List<LabelReliability>();
        for (var label = 0; label < Themes.All.Count; label++)
        {
            var pairs = probabilities.Select((p, i) => ((double)p[label], gold[i].Contains(Themes.All[label], StringComparer.Ordinal))).ToList();
            pooled.AddRange(pairs);
            var (_, ece, brier) = Measure(pairs);
            perLabel.Add(new LabelReliability(Themes.All[label], pairs.Count(p => p.Item2), Mean(pairs.Select(p => p.Item1)),
                Mean(pairs.Select(p => p.Item2 ? 1.0 : 0.0)), ece, brier));
        }

        var (bins, overallEce, overallBrier) = Measure(pooled);
        return new ReliabilitySummary(bins, perLabel, overallEce, overallBrier);
    }

    public string ToText()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture,
            $"Reliability of the probabilities (all labels pooled): ECE {Ece:0.000}, Brier {Brier:0.0000}");
        text.AppendLine(CultureInfo.InvariantCulture, $"{"probability",-12} {"count",6} {"mean p",7} {"observed",8}");
        foreach (var bin in Bins.Where(b => b.Count > 0))
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"{bin.Low:0.0}-{bin.High:0.0}      {bin.Count,6} {bin.MeanPredicted,7:0.000} {bin.Observed,8:0.000}");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"{"label",-20} {"positives",9} {"mean p",7} {"observed",8} {"ECE",6} {"Brier",7}");
        foreach (var l in PerLabel)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"{l.Label,-20} {l.Positives,9} {l.MeanPredicted,7:0.000} {l.ObservedRate,8:0.000} {l.Ece,6:0.000} {l.Brier,7:0.0000}");
        }

        return text.ToString();
    }

    private static (IReadOnlyList<ReliabilityBin> Bins, double Ece, double Brier) Measure(IReadOnlyList<(double P, bool Gold)> pairs)
    {
        var bins = new List<ReliabilityBin>();
        var ece = 0.0;
        for (var b = 0; b < BinCount; b++)
        {
            var (low, high) = ((double)b / BinCount, (double)(b + 1) / BinCount);
            var inBin = pairs.Where(p => p.P >= low && (p.P < high || (b == BinCount - 1 && p.P <= high))).ToList();
            var meanPredicted = Mean(inBin.Select(p => p.P));
            var observed = Mean(inBin.Select(p => p.Gold ? 1.0 : 0.0));
            bins.Add(new ReliabilityBin(low, high, inBin.Count, meanPredicted, observed));
            ece += pairs.Count == 0 ? 0 : (double)inBin.Count / pairs.Count * Math.Abs(meanPredicted - observed);
        }

        var brier = Mean(pairs.Select(p => Math.Pow(p.P - (p.Gold ? 1 : 0), 2)));
        return (bins, ece, brier);
    }

    private static double Mean(IEnumerable<double> values)
    {
        var list = values.ToList();
        return list.Count == 0 ? 0 : list.Average();
    }
}
