namespace TextMiner.Classification.Model;

/// <summary>One learner tried during training, with its dev figures (after per-label thresholds).</summary>
public sealed record TrainerCandidate(string Trainer, double DevMacroF1, double DevMicroF1, double TrainingSeconds);
