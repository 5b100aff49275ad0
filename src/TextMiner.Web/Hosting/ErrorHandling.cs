using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TextMiner.Search;
using TextMiner.Storage;
using TextMiner.Web.Html;

namespace TextMiner.Web.Hosting;

/// <summary>Friendly pages (or JSON errors under /api) for exceptions and bare status codes: never a stack trace.</summary>
internal static partial class ErrorHandling
{
    public static async Task HandleExceptionAsync(HttpContext context)
    {
        var exception = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("TextMiner.Web");
        if (exception is not null)
        {
            LogFailure(logger, context.Request.Path, exception);
        }

        // Messages are the web's own, never an exception's: those name files, and bodies never show where the data lives.
        var (status, code, message) = exception switch
        {
            SearchIndexException index => (StatusCodes.Status503ServiceUnavailable, index.Code, Format(WebErrors.IndexUnavailable, index.Code)),
            StorageException { Code: StorageErrors.SchemaTooOldCode } old => (StatusCodes.Status503ServiceUnavailable, old.Code, old.Message),
            StorageException store when store.Code.Length > 0 => (StatusCodes.Status503ServiceUnavailable, store.Code, Format(WebErrors.StoreUnavailable, store.Code)),
            StorageException or Microsoft.Data.Sqlite.SqliteException => (StatusCodes.Status503ServiceUnavailable, WebErrors.StoreUnavailableCode, Format(WebErrors.StoreUnavailable, WebErrors.StoreUnavailableCode)),
            _ => (StatusCodes.Status500InternalServerError, WebErrors.InternalCode, WebErrors.Internal),
        };
        await WriteAsync(context, status, code, status == 500 ? "Something went wrong" : "The data cannot be read right now", message).ConfigureAwait(false);
    }

    public static Task HandleStatusCodeAsync(StatusCodeContext statusContext)
    {
        var context = statusContext.HttpContext;
        var status = context.Response.StatusCode;
        return status switch
        {
            StatusCodes.Status404NotFound => WriteAsync(context, status, WebErrors.NotFoundCode, "Page not found", WebErrors.NotFound),
            StatusCodes.Status405MethodNotAllowed => WriteAsync(context, status, "method-not-allowed", "Not allowed", "This site is read-only: it only answers GET requests."),
            _ => WriteAsync(context, status, "http-" + status, "Request not served", "The request could not be served (HTTP " + status + ")."),
        };
    }

    public static async Task WriteAsync(HttpContext context, int status, string code, string heading, string message)
    {
        var result = Responses.IsApi(context)
            ? Responses.JsonError(code, message, status)
            : Responses.Page(MessagePage.Render(heading, message), status);
        await result.ExecuteAsync(context).ConfigureAwait(false);
    }

    private static string Format(string message, string code) => string.Format(System.Globalization.CultureInfo.InvariantCulture, message, code);

    [LoggerMessage(Level = LogLevel.Error, Message = "Request {Path} failed")]
    private static partial void LogFailure(ILogger logger, string path, Exception exception);
}
