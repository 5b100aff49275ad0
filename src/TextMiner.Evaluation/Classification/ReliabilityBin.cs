namespace TextMiner.Evaluation.Classification;

/// <summary>Predictions whose probability fell in [Low, High): how many, their mean probability, and how often the
/// label was really there. Calibrated scores have MeanPredicted ≈ Observed in every bin.</summary>
public sealed record ReliabilityBin(double Low, double High, int Count, double MeanPredicted, double Observed);
