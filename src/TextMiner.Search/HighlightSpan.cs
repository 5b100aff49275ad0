namespace TextMiner.Search;

/// <summary>A highlighted stretch of a snippet: <paramref name="Start"/> and <paramref name="Length"/> in characters.</summary>
public sealed record HighlightSpan(int Start, int Length)
{
    public int End => Start + Length;
}
