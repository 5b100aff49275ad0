namespace TextMiner.Classification.Model;

/// <summary>A label's decision threshold, chosen on dev, and the dev F1 it gave.</summary>
public sealed record LabelThreshold(string Label, double Threshold, double DevF1);
