using Microsoft.AspNetCore.Http;

namespace TextMiner.TestSupport.FixtureSites;

public sealed partial class FixtureSiteServer
{
    private async Task FaultAsync(HttpContext context, FaultRule rule, string? file, Action<int> log)
    {
        var response = context.Response;
        var fault = rule.Kind;
        switch (fault)
        {
            case FaultKind.RedirectTo:
                log(302);
                response.StatusCode = 302;
                response.Headers.Location = rule.Location;
                break;
            case FaultKind.ServerError or FaultKind.Unavailable:
                var status = fault == FaultKind.ServerError ? 500 : 503;
                log(status);
                response.StatusCode = status;
                await response.WriteAsync("<html><body>Server error</body></html>").ConfigureAwait(false);
                break;
            case FaultKind.TooManyRequests:
                log(429);
                response.StatusCode = 429;
                response.Headers.RetryAfter = "1";
                break;
            case FaultKind.Slow:
                log(0);
                try
                {
                    await Task.Delay(SlowDelay, context.RequestAborted).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                await ServeAsync(context, file).ConfigureAwait(false);
                break;
            case FaultKind.ConnectionReset:
                log(0);
                context.Abort();
                break;
            case FaultKind.TruncatedBody:
                log(200);
                var bytes = file is null ? new byte[4096] : await File.ReadAllBytesAsync(file).ConfigureAwait(false);
                response.ContentType = file is null ? "text/html" : SiteFiles.ContentType(file);
                response.ContentLength = bytes.Length;
                await response.Body.WriteAsync(bytes.AsMemory(0, bytes.Length / 2)).ConfigureAwait(false);
                await response.Body.FlushAsync().ConfigureAwait(false);
                context.Abort();
                break;
            case FaultKind.WrongContentType:
                log(200);
                var content = file is null ? [] : await File.ReadAllBytesAsync(file).ConfigureAwait(false);
                response.ContentType = file is not null && file.EndsWith(".pdf", StringComparison.Ordinal) ? "text/html; charset=utf-8" : "application/pdf";
                await response.Body.WriteAsync(content).ConfigureAwait(false);
                break;
            case FaultKind.HtmlInsteadOfFile:
                log(200);
                response.ContentType = "application/pdf";
                await response.WriteAsync("<!DOCTYPE html><html><body><h1>Sorry, this document is being updated</h1></body></html>").ConfigureAwait(false);
                break;
            case FaultKind.RedirectLoop:
                log(302);
                response.StatusCode = 302;
                response.Headers.Location = context.Request.Path + "?loop=1";
                break;
            case FaultKind.Oversized:
                log(200);
                response.ContentType = "application/pdf";
                var chunk = new byte[64 * 1024];
                "%PDF-1.7\n"u8.CopyTo(chunk);
                for (long sent = 0; sent < OversizeBytes && !context.RequestAborted.IsCancellationRequested; sent += chunk.Length)
                {
                    await response.Body.WriteAsync(chunk, context.RequestAborted).ConfigureAwait(false);
                    chunk.AsSpan(0, 9).Clear();
                }

                break;
        }
    }

    private static async Task ServeAsync(HttpContext context, string? file)
    {
        if (file is null)
        {
            context.Response.StatusCode = 404;
            return;
        }

        context.Response.ContentType = SiteFiles.ContentType(file);
        await context.Response.SendFileAsync(file).ConfigureAwait(false);
    }
}
