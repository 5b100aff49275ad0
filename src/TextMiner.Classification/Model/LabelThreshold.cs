namespace TextMiner.Classification.Model;

/// <summary>A label's decision threshold on its calibrated probability, chosen on out-of-fold dev scores, and the
/// out-of-fold F1 it gave.</summary>
public sealed record LabelThreshold(string Label, double Threshold, double DevF1);
