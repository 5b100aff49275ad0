using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using TextMiner.Search;
using TextMiner.Web.Requests;
using TextMiner.Web.Services;

namespace TextMiner.Web.Hosting;

/// <summary>The JSON API the pages are built on: the same services, the same limits, errors as {"error":{code,message}}.</summary>
internal static class ApiEndpoints
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/api/quotes", QuotesAsync);
        app.MapGet("/api/search", Search);
        app.MapGet("/api/documents/{id}", DocumentAsync);
        app.MapGet("/api/figures", async (HttpContext context, FiguresService figures) =>
            Results.Json(await figures.GetAsync(context.RequestAborted).ConfigureAwait(false)));
    }

    private static async Task<IResult> QuotesAsync(HttpContext context, QuoteService quotes)
    {
        try
        {
            var query = QueryState.Read(context.Request.Query, Unit.Quote);
            return Results.Json(await quotes.SearchAsync(query, context.RequestAborted).ConfigureAwait(false));
        }
        catch (WebRequestException error)
        {
            return Responses.JsonError(error.Code, error.Message, error.Status);
        }
    }

    private static IResult Search(HttpContext context, SearchService search)
    {
        try
        {
            return Results.Json(search.Search(QueryState.Read(context.Request.Query, Unit.Paragraph)));
        }
        catch (WebRequestException error)
        {
            return Responses.JsonError(error.Code, error.Message, error.Status);
        }
    }

    private static async Task<IResult> DocumentAsync(string id, HttpContext context, DocumentService documents)
    {
        try
        {
            var document = await documents.GetAsync(id, context.RequestAborted).ConfigureAwait(false);
            return document is null
                ? Responses.JsonError(WebErrors.NothingIngestedCode, WebErrors.NothingIngested, StatusCodes.Status404NotFound)
                : Results.Json(document);
        }
        catch (WebRequestException error)
        {
            return Responses.JsonError(error.Code, error.Message, error.Status);
        }
    }
}
