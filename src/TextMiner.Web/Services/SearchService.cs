using TextMiner.Pipeline;
using TextMiner.Search;
using TextMiner.Web.Api;
using TextMiner.Web.Requests;

namespace TextMiner.Web.Services;

/// <summary>Full-text search over paragraphs or documents for the search page and /api/search.</summary>
internal sealed class SearchService(ReadOnlyData data)
{
    public SearchResult Search(QueryState query)
    {
        // One searcher refresh per request: an empty index answers ForEmptyIndex, so there is no separate emptiness check.
        var response = data.GetIndex() is { } index ? SearchRunner.Run(index, query) : SearchResponse.ForEmptyIndex;
        if (response.IndexIsEmpty)
        {
            return new SearchResult(0, query.Page, query.Size, NothingIngested: true, [], FacetsMapping.Empty);
        }

        var hits = response.Hits.Select(hit => new SearchHitModel(
            hit.Id,
            hit.DocumentId,
            hit.Unit == Unit.Document ? "document" : "paragraph",
            hit.Title,
            hit.Published,
            hit.Source,
            hit.Kind,
            hit.Location,
            Links.Original(hit.Location, hit.Page),
            hit.Paragraph,
            hit.Page,
            hit.Heading,
            hit.Score,
            hit.Themes,
            hit.Ratings,
            SnippetModel.From(hit.Snippet))).ToList();
        return new SearchResult(response.Total, query.Page, query.Size, NothingIngested: false, hits, FacetsMapping.From(response.Facets));
    }
}
