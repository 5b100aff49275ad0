using System.Text;
using Microsoft.AspNetCore.Http;
using TextMiner.Web.Api;

namespace TextMiner.Web.Hosting;

/// <summary>HTML and JSON answers, including the friendly error forms.</summary>
internal static class Responses
{
    public const string HtmlType = "text/html; charset=utf-8";

    public static IResult Page(string html, int status = StatusCodes.Status200OK) => Results.Content(html, HtmlType, Encoding.UTF8, status);

    public static IResult JsonError(string code, string message, int status) => Results.Json(ErrorModel.Of(code, message), statusCode: status);

    public static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);
}
