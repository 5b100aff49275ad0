namespace TextMiner.Core.Records;

/// <summary>The four HMIP grades, as the extract contract spells them.</summary>
public static class RatingValues
{
    public const string Outstanding = "Outstanding";
    public const string Good = "Good";
    public const string RequiresImprovement = "Requires improvement";
    public const string Inadequate = "Inadequate";

    public static IReadOnlyList<string> All { get; } = [Outstanding, Good, RequiresImprovement, Inadequate];
}
