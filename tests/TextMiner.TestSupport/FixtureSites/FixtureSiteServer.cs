using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace TextMiner.TestSupport.FixtureSites;

/// <summary>
/// Serves a fixture site folder (corpus/sites/&lt;name&gt;) on 127.0.0.1 with a free port, with ETag/If-None-Match and
/// Last-Modified/If-Modified-Since (304), a log of every request, and injected faults per path.
/// </summary>
public sealed partial class FixtureSiteServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly string root;
    private readonly ConcurrentQueue<RequestLogEntry> log = new();
    private readonly ConcurrentDictionary<string, (FaultRule Rule, int Used)> faults = new(StringComparer.Ordinal);

    private FixtureSiteServer(WebApplication app, string root)
    {
        this.app = app;
        this.root = root;
    }

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>How long <see cref="FaultKind.Slow"/> waits before answering.</summary>
    public TimeSpan SlowDelay { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>How many bytes <see cref="FaultKind.Oversized"/> streams.</summary>
    public long OversizeBytes { get; set; } = 2 * 1024 * 1024;

    public IReadOnlyList<RequestLogEntry> Requests => log.ToArray();

    public static async Task<FixtureSiteServer> StartAsync(string siteRoot)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new FixtureSiteServer(app, siteRoot);
        app.Run(server.HandleAsync);
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetService(typeof(IServer)) is IServer s ? s.Features.Get<IServerAddressesFeature>()!.Addresses.First() : throw new InvalidOperationException("no server");
        server.BaseUrl = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
        return server;
    }

    public void AddFault(FaultRule rule) => faults[rule.PathAndQuery] = (rule, 0);

    public void ClearFaults() => faults.Clear();

    public void ClearLog() => log.Clear();

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync().ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
    }

    private async Task HandleAsync(HttpContext context)
    {
        var arrived = TimeProvider.System.GetUtcNow();
        var request = context.Request;
        var pathAndQuery = request.Path.Value + request.QueryString.Value;
        var conditional = request.Headers.IfNoneMatch.Count > 0 || request.Headers.IfModifiedSince.Count > 0;
        var fault = TakeFault(pathAndQuery);
        void Log(int status) => log.Enqueue(new RequestLogEntry(
            pathAndQuery, arrived, status, request.Headers.UserAgent.ToString(), conditional, fault?.Kind));

        if (request.Query.ContainsKey("loop"))
        {
            // The second half of a redirect loop: back to where it started.
            Log(302);
            context.Response.StatusCode = 302;
            context.Response.Headers.Location = request.Path.Value;
            return;
        }

        var file = SiteFiles.Find(root, request.Path.Value ?? "/", request.QueryString.Value ?? "");
        if (fault is not null)
        {
            await FaultAsync(context, fault, file, Log).ConfigureAwait(false);
            return;
        }

        if (file is null)
        {
            Log(404);
            context.Response.StatusCode = 404;
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync("<!DOCTYPE html><html><body><h1>Page not found</h1></body></html>").ConfigureAwait(false);
            return;
        }

        var bytes = await File.ReadAllBytesAsync(file).ConfigureAwait(false);
        var etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(bytes))[..16] + "\"";
        var modified = new DateTimeOffset(File.GetLastWriteTimeUtc(file)).AddTicks(-(File.GetLastWriteTimeUtc(file).Ticks % TimeSpan.TicksPerSecond));
        context.Response.Headers.ETag = etag;
        context.Response.Headers.LastModified = modified.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        var notModified = request.Headers.IfNoneMatch.Count > 0
            ? request.Headers.IfNoneMatch.Any(v => v is not null && v.Split(',').Any(t => t.Trim() == etag || t.Trim() == "*"))
            : request.GetTypedHeaders().IfModifiedSince is { } since && modified <= since;
        if (notModified)
        {
            Log(304);
            context.Response.StatusCode = 304;
            return;
        }

        Log(200);
        context.Response.ContentType = SiteFiles.ContentType(file);
        context.Response.ContentLength = bytes.Length;
        await context.Response.Body.WriteAsync(bytes).ConfigureAwait(false);
    }

    private FaultRule? TakeFault(string pathAndQuery)
    {
        while (faults.TryGetValue(pathAndQuery, out var entry))
        {
            if (entry.Used >= entry.Rule.Times)
            {
                return null;
            }

            if (faults.TryUpdate(pathAndQuery, (entry.Rule, entry.Used + 1), entry))
            {
                return entry.Rule;
            }
        }

        return null;
    }
}
