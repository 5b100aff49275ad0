using TextMiner.Classification.Corpus;

namespace TextMiner.Classification.Training;

/// <summary>
/// What the theme model learns from: <c>corpus/labels</c> train and dev, and the realistic dev paragraphs when the
/// build found them (<see cref="LabelSplits.RealisticDev"/>). Dev and realistic dev are also what calibration and
/// thresholds are tuned on, through out-of-fold scores. No test split is ever part of it.
/// </summary>
public sealed record ThemeTrainingSet(IReadOnlyList<LabelledParagraph> Train, IReadOnlyList<LabelledParagraph> Dev,
    IReadOnlyList<LabelledParagraph> Realistic)
{
    public const string RealisticMissingMessage =
        "realistic dev paragraphs not found (../shared/realistic/labels-dev.jsonl beside the repository at build time): trained on corpus/labels only";

    /// <summary>The splits embedded in this assembly at build time.</summary>
    public static ThemeTrainingSet Embedded() => new(
        LabelledCorpus.LoadEmbedded(LabelSplits.Train),
        LabelledCorpus.LoadEmbedded(LabelSplits.Dev),
        LabelledCorpus.HasEmbedded(LabelSplits.RealisticDev) ? LabelledCorpus.LoadEmbedded(LabelSplits.RealisticDev) : []);

    public IEnumerable<LabelledParagraph> All => Train.Concat(Dev).Concat(Realistic);

    /// <summary>One line saying where the realistic paragraphs came from, or that there were none.</summary>
    public string DescribeRealistic() => Realistic.Count > 0
        ? $"realistic dev: {Realistic.Count} paragraphs (../shared/realistic/labels-dev.jsonl, embedded at build time)"
        : RealisticMissingMessage;
}
