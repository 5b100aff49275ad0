using Microsoft.AspNetCore.Http;

namespace TextMiner.Web.Hosting;

/// <summary>Refuses, with a 400, any request whose Host header is not on the <see cref="HostAllowList"/>.</summary>
internal sealed class HostFilter(RequestDelegate next, HostAllowList allowed)
{
    public Task InvokeAsync(HttpContext context) =>
        allowed.Allows(context.Request.Headers.Host.ToString())
            ? next(context)
            : ErrorHandling.WriteAsync(context, StatusCodes.Status400BadRequest, WebErrors.BadHostCode, "Unknown host", WebErrors.BadHost);
}
