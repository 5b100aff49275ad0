namespace TextMiner.Evaluation.Classification;

/// <summary>One featuriser and learner, cross-validated on the realistic dev paragraphs split by document (and on the
/// corpus dev paragraphs split in two), through the whole training pipeline.</summary>
public sealed record ComparisonRow(string Features, string Trainer, int FeatureCount, double MacroF1, double MicroF1,
    double MacroAveragePrecision, double CorpusDevMacroF1, double Seconds);
