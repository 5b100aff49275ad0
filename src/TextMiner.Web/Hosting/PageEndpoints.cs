using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using TextMiner.Search;
using TextMiner.Web.Html;
using TextMiner.Web.Requests;
using TextMiner.Web.Services;

namespace TextMiner.Web.Hosting;

/// <summary>The server-rendered pages. A request over the limits or a bad query shows the form again with a one-line error (400).</summary>
internal static class PageEndpoints
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/", QuotesAsync);
        app.MapGet("/quotes", QuotesAsync);
        app.MapGet(SearchPage.Path, Search);
        app.MapGet("/documents/{id}", DocumentAsync);
        app.MapGet(FiguresPage.Path, FiguresAsync);
    }

    private static async Task<IResult> QuotesAsync(HttpContext context, QuoteService quotes)
    {
        QueryState query;
        try
        {
            query = QueryState.Read(context.Request.Query, Unit.Quote);
        }
        catch (WebRequestException error)
        {
            return Responses.Page(QuotesPage.Render(Fallback(Unit.Quote), null, error.Message), error.Status);
        }

        try
        {
            var result = await quotes.SearchAsync(query, context.RequestAborted).ConfigureAwait(false);
            return result.NothingIngested
                ? Responses.Page(MessagePage.NothingIngested(Layout.Quotes))
                : Responses.Page(QuotesPage.Render(query, result, null));
        }
        catch (WebRequestException error)
        {
            return Responses.Page(QuotesPage.Render(query, null, error.Message), error.Status);
        }
    }

    private static IResult Search(HttpContext context, SearchService search)
    {
        QueryState query;
        try
        {
            query = QueryState.Read(context.Request.Query, Unit.Paragraph);
        }
        catch (WebRequestException error)
        {
            return Responses.Page(SearchPage.Render(Fallback(Unit.Paragraph), null, error.Message), error.Status);
        }

        try
        {
            var result = search.Search(query);
            return result.NothingIngested
                ? Responses.Page(MessagePage.NothingIngested(Layout.Search))
                : Responses.Page(SearchPage.Render(query, result, null));
        }
        catch (WebRequestException error)
        {
            return Responses.Page(SearchPage.Render(query, null, error.Message), error.Status);
        }
    }

    private static async Task<IResult> DocumentAsync(string id, HttpContext context, DocumentService documents)
    {
        try
        {
            var document = await documents.GetAsync(id, context.RequestAborted).ConfigureAwait(false);
            return document is null
                ? Responses.Page(MessagePage.NothingIngested(string.Empty))
                : Responses.Page(DocumentPage.Render(document));
        }
        catch (WebRequestException error)
        {
            return Responses.Page(MessagePage.Render("Document not found", error.Message), error.Status);
        }
    }

    private static async Task<IResult> FiguresAsync(HttpContext context, FiguresService figures)
    {
        var model = await figures.GetAsync(context.RequestAborted).ConfigureAwait(false);
        return model.NothingIngested
            ? Responses.Page(MessagePage.NothingIngested(Layout.Figures))
            : Responses.Page(FiguresPage.Render(model));
    }

    /// <summary>An empty query, for showing the form again when the request itself could not be read.</summary>
    private static QueryState Fallback(Unit unit) =>
        new(string.Empty, unit, new Dictionary<string, string>(), null, null, SearchSort.Relevance, false, 1, WebLimits.DefaultPageSize);
}
