namespace TextMiner.Search;

/// <summary>Plain text cut at word boundaries around the best match, with the matching words as spans (in order, not overlapping).</summary>
public sealed record Snippet(string Text, IReadOnlyList<HighlightSpan> Highlights)
{
    public static Snippet Empty { get; } = new(string.Empty, []);
}
