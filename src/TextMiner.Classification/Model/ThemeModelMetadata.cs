namespace TextMiner.Classification.Model;

/// <summary>The sidecar <c>themes.json</c>: what was trained, how, on what, and how well it did out of fold.</summary>
public sealed record ThemeModelMetadata(
    int FormatVersion,
    string Trainer,
    string Features,
    int Seed,
    IReadOnlyList<string> Labels,
    IReadOnlyList<LabelThreshold> Thresholds,
    int MaxTextLength,
    int TrainParagraphs,
    int DevParagraphs,
    int RealisticParagraphs,
    int FeatureCount,
    CrossValidatedFigures CrossValidated,
    string TrainingDataSha256,
    double TrainingSeconds,
    DateTimeOffset TrainedAt);
