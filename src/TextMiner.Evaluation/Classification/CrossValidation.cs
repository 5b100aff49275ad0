using TextMiner.Classification.Metrics;

namespace TextMiner.Evaluation.Classification;

/// <summary>One candidate's figures cross-validated by document (<see cref="ThemeComparison.CrossValidate"/>): counts
/// pooled over the held-out realistic dev folds and corpus dev folds.</summary>
public sealed record CrossValidation(int Folds, MultiLabelMetrics Realistic, MultiLabelMetrics CorpusDev,
    double MeanAveragePrecision, int FeatureCount, double Seconds);
