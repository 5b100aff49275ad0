namespace TextMiner.Evaluation.Classification;

/// <summary>One featuriser and learner, cross-validated on the realistic dev paragraphs.</summary>
public sealed record ComparisonRow(string Features, string Trainer, int FeatureCount, double MacroF1, double MicroF1,
    double MacroAveragePrecision, double Seconds);
