namespace TextMiner.Evaluation.Extraction;

/// <summary>A miss, a false hit or a wrong speaker: which document, which record type, and what.</summary>
public sealed record EvaluationIssue(string Path, string RecordType, string Description);
