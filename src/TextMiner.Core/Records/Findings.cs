namespace TextMiner.Core.Records;

/// <summary>What the Extract stage finds in one document.</summary>
public sealed record Findings(IReadOnlyList<Rating> Ratings, IReadOnlyList<Figure> Figures, IReadOnlyList<Quote> Quotes)
{
    public static Findings Empty { get; } = new([], [], []);

    /// <summary>Only the records whose confidence is at least <paramref name="minimum"/> (0 keeps everything).</summary>
    public Findings AtLeast(double minimum) => minimum <= 0
        ? this
        : new(
            [.. Ratings.Where(r => r.Confidence >= minimum)],
            [.. Figures.Where(f => f.Confidence >= minimum)],
            [.. Quotes.Where(q => q.Confidence >= minimum)]);
}
