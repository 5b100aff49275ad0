namespace TextMiner.Web.Api;

/// <summary>The answer of /api/search and the model of the search page.</summary>
internal sealed record SearchResult(
    int Total,
    int Page,
    int Size,
    bool NothingIngested,
    IReadOnlyList<SearchHitModel> Hits,
    FacetsModel Facets);
