namespace TextMiner.Evaluation.Classification;

/// <summary>One label's calibration: mean probability against the observed rate, expected calibration error (ECE,
/// the count-weighted mean gap between predicted and observed over ten bins) and Brier score.</summary>
public sealed record LabelReliability(string Label, int Positives, double MeanPredicted, double ObservedRate, double Ece, double Brier);
