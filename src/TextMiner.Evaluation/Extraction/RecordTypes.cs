namespace TextMiner.Evaluation.Extraction;

/// <summary>The record types the evaluation scores.</summary>
public static class RecordTypes
{
    public const string Ratings = "ratings";
    public const string Figures = "figures";
    public const string Quotes = "quotes";
}
