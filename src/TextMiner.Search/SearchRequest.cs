namespace TextMiner.Search;

/// <summary>
/// One search. <paramref name="Query"/> is classic Lucene syntax; empty matches everything. Filters are exact
/// (case-insensitive); <paramref name="Speaker"/> matches a name or part of one ("Stacey" finds "Glenys Stacey").
/// <paramref name="MinConfidence"/> (0..1) keeps only quotes extracted with at least that confidence.
/// <paramref name="CountFacets"/> false skips the facet counts (for callers that do not show them, e.g. `search --batch`).
/// </summary>
public sealed record SearchRequest(
    string Query = "",
    Unit Unit = Unit.Paragraph,
    string? Source = null,
    string? Kind = null,
    string? Theme = null,
    string? Speaker = null,
    string? Organisation = null,
    string? Rating = null,
    DateOnly? From = null,
    DateOnly? To = null,
    SearchSort Sort = SearchSort.Relevance,
    int Limit = 10,
    int Offset = 0,
    double MinConfidence = 0,
    bool CountFacets = true)
{
    public const int MaxLimit = 1000;

    /// <summary>Deep paging costs memory per page; past this, narrow the query instead.</summary>
    public const int MaxOffset = 10_000;
}
