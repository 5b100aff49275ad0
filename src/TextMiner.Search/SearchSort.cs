namespace TextMiner.Search;

/// <summary>Result order: best match first, or newest first (ties by relevance).</summary>
public enum SearchSort
{
    Relevance,
    Date,
}
