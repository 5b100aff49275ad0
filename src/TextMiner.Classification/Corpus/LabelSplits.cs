namespace TextMiner.Classification.Corpus;

/// <summary>The names of the labelled splits: thresholds and trainers are tuned on dev only; test is for final figures.</summary>
public static class LabelSplits
{
    public const string Train = "train";
    public const string Dev = "dev";
    public const string Test = "test";

    public static IReadOnlyList<string> All { get; } = [Train, Dev, Test];
}
