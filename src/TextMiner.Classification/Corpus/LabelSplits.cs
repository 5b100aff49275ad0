namespace TextMiner.Classification.Corpus;

/// <summary>The names of the labelled splits: thresholds and trainers are tuned on dev only; test is for final figures.</summary>
public static class LabelSplits
{
    public const string Train = "train";
    public const string Dev = "dev";
    public const string Test = "test";

    /// <summary>
    /// <c>../shared/realistic/labels-dev.jsonl</c>, embedded when the build finds it beside the repository: real
    /// phrasing to train and tune on. Its test counterpart is never embedded.
    /// </summary>
    public const string RealisticDev = "realistic-dev";

    public static IReadOnlyList<string> All { get; } = [Train, Dev, Test];
}
