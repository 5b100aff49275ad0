namespace TextMiner.Core.Records;

/// <summary>What the Extract stage finds in one document.</summary>
public sealed record Findings(IReadOnlyList<Rating> Ratings, IReadOnlyList<Figure> Figures, IReadOnlyList<Quote> Quotes)
{
    public static Findings Empty { get; } = new([], [], []);
}
