using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace TextMiner.Web.Hosting;

/// <summary>Every route: the pages, the JSON API and the two assets. GET only: the site is read-only.</summary>
internal static class Endpoints
{
    public static void Map(WebApplication app)
    {
        PageEndpoints.Map(app);
        ApiEndpoints.Map(app);
        app.MapGet(Assets.StylePath, (HttpContext context) => Asset(context, Assets.Style, "text/css; charset=utf-8"));
        app.MapGet(Assets.ScriptPath, (HttpContext context) => Asset(context, Assets.Script, "text/javascript; charset=utf-8"));
        app.MapGet("/favicon.ico", () => Results.NoContent());
    }

    private static IResult Asset(HttpContext context, string content, string type)
    {
        context.Response.Headers.CacheControl = "public, max-age=3600";
        return Results.Text(content, type);
    }
}
