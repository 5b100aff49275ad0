using TextMiner.Classification.Metrics;

namespace TextMiner.Classification.Training;

/// <summary>What <see cref="RealisticCrossValidation.Run"/> found: per realistic paragraph its out-of-fold scores and gold labels.</summary>
public sealed record RealisticCrossValidationResult(
    int FeatureCount, IReadOnlyList<float[]> OutOfFoldScores, IReadOnlyList<IReadOnlyList<string>> Gold, MultiLabelMetrics TunedMetrics);
