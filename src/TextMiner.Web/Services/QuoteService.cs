using TextMiner.Pipeline;
using TextMiner.Search;
using TextMiner.Web.Api;
using TextMiner.Web.Requests;

namespace TextMiner.Web.Services;

/// <summary>Quote search for the quotes page and /api/quotes.</summary>
internal sealed class QuoteService(ReadOnlyData data, SpeakerDirectory speakers)
{
    public async Task<QuotesResult> SearchAsync(QueryState query, CancellationToken cancellationToken)
    {
        if (data.GetSearchableIndex() is not { } index)
        {
            return new QuotesResult(0, query.Page, query.Size, NothingIngested: true, [], FacetsMapping.Empty);
        }

        var response = SearchRunner.Run(index, query with { Unit = Unit.Quote });
        var organisations = await speakers.OrganisationsAsync(cancellationToken).ConfigureAwait(false);
        var cards = response.Hits.Select(Card).ToList();
        return new QuotesResult(response.Total, query.Page, query.Size, NothingIngested: false, cards, FacetsMapping.From(response.Facets, organisations));
    }

    private static QuoteCard Card(SearchHit hit)
    {
        var text = hit.QuoteText ?? hit.Snippet.Text;
        var url = Links.Original(hit.Location, hit.Page);
        var citation = Citation.For(text, hit.Speaker, hit.Role, hit.Organisation, hit.Published, hit.Title, hit.Page, url ?? hit.Location);
        return new QuoteCard(
            hit.Id,
            hit.DocumentId,
            new SnippetModel(text, QuoteHighlighter.Spread(text, hit.Snippet)),
            hit.Speaker,
            hit.Role,
            hit.Organisation,
            hit.Published,
            hit.Title,
            hit.Source,
            hit.Kind,
            hit.Location,
            url,
            hit.Paragraph,
            hit.Page,
            hit.Themes,
            citation);
    }
}
