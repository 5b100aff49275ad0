namespace TextMiner.Classification.Metrics;

/// <summary>Per-label metrics and their micro (pooled counts) and macro (mean of per-label F1) summaries.</summary>
public sealed record MultiLabelMetrics(IReadOnlyList<LabelMetrics> PerLabel)
{
    public double MicroPrecision => LabelMetrics.Ratio(PerLabel.Sum(m => m.TruePositives),
        PerLabel.Sum(m => m.TruePositives + m.FalsePositives));

    public double MicroRecall => LabelMetrics.Ratio(PerLabel.Sum(m => m.TruePositives), PerLabel.Sum(m => m.Support));

    public double MicroF1 => LabelMetrics.Ratio(2 * PerLabel.Sum(m => m.TruePositives),
        PerLabel.Sum(m => (2 * m.TruePositives) + m.FalsePositives + m.FalseNegatives));

    public double MacroPrecision => PerLabel.Count == 0 ? 0 : PerLabel.Average(m => m.Precision);

    public double MacroRecall => PerLabel.Count == 0 ? 0 : PerLabel.Average(m => m.Recall);

    public double MacroF1 => PerLabel.Count == 0 ? 0 : PerLabel.Average(m => m.F1);

    /// <summary>Mean F1 over the labels with at least one gold paragraph (a label absent from a small set has no F1 to
    /// speak of; the plain <see cref="MacroF1"/> counts it as 0).</summary>
    public double MacroF1Present => PerLabel.Any(m => m.Support > 0) ? PerLabel.Where(m => m.Support > 0).Average(m => m.F1) : 0;
}
