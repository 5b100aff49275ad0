namespace TextMiner.Search;

/// <summary>
/// The answer to a <see cref="SearchRequest"/>. <paramref name="IndexIsEmpty"/> is true when the index holds nothing
/// at all (so "no hits" means "nothing ingested yet", not "nothing matched").
/// </summary>
public sealed record SearchResponse(
    int Total,
    IReadOnlyList<SearchHit> Hits,
    SearchFacets Facets,
    bool IndexIsEmpty,
    int Offset = 0)
{
    public const string EmptyIndexMessage = "The search index is empty: ingest documents or run `textminer reindex` first.";

    public static SearchResponse ForEmptyIndex { get; } = new(0, [], SearchFacets.Empty, IndexIsEmpty: true);
}
