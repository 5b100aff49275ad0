using Microsoft.AspNetCore.Builder;
using TextMiner.Core;

namespace TextMiner.Web.Tests.Fixtures;

/// <summary>The app on Kestrel at 127.0.0.1:0 (a free port), with the address it bound and a client for it.</summary>
internal sealed class WebServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private WebServer(WebApplication app, Uri address)
    {
        this.app = app;
        Address = address;
        Client = new HttpClient { BaseAddress = address };
    }

    public Uri Address { get; }

    public HttpClient Client { get; }

    public static async Task<WebServer> StartAsync(DataDirectory data)
    {
        var app = WebApp.Build(new WebOptions(data, "http://127.0.0.1:0"));
        await app.StartAsync();
        var address = app.Urls.First();
        return new WebServer(app, new Uri(address + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
