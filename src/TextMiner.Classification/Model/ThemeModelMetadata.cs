namespace TextMiner.Classification.Model;

/// <summary>The sidecar <c>themes.json</c>: what was trained, how, on what, and how well it did on dev.</summary>
public sealed record ThemeModelMetadata(
    int FormatVersion,
    string Trainer,
    int Seed,
    IReadOnlyList<string> Labels,
    IReadOnlyList<LabelThreshold> Thresholds,
    IReadOnlyList<TrainerCandidate> Candidates,
    int MaxTextLength,
    int TrainParagraphs,
    int DevParagraphs,
    string TrainingDataSha256,
    double TrainingSeconds,
    DateTimeOffset TrainedAt);
