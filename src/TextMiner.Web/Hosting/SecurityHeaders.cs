using Microsoft.AspNetCore.Http;

namespace TextMiner.Web.Hosting;

/// <summary>
/// Headers on every response: a strict Content-Security-Policy (scripts only from this site), no sniffing, no framing,
/// no referrer. Set as the response starts, so error answers carry them too (the exception handler clears the headers
/// set before it ran).
/// </summary>
internal sealed class SecurityHeaders(RequestDelegate next)
{
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(
            static state =>
            {
                var headers = ((HttpResponse)state).Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "no-referrer";
                return Task.CompletedTask;
            },
            context.Response);
        return next(context);
    }
}
