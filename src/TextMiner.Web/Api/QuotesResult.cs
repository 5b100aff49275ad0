namespace TextMiner.Web.Api;

/// <summary>The answer of /api/quotes and the model of the quotes page.</summary>
internal sealed record QuotesResult(
    int Total,
    int Page,
    int Size,
    bool NothingIngested,
    IReadOnlyList<QuoteCard> Quotes,
    FacetsModel Facets);
