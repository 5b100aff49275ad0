using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TextMiner.Pipeline;
using TextMiner.Web.Hosting;
using TextMiner.Web.Services;

namespace TextMiner.Web;

/// <summary>The journalists' web page and JSON API on Kestrel: read-only over the store and the search index.</summary>
public static class WebApp
{
    /// <summary>Builds the app (not started). Start it with <c>StartAsync</c>/<c>RunAsync</c>; read the bound address from <c>Urls</c> after start.</summary>
    public static WebApplication Build(WebOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(WebApp).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseUrls(options.Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(new HostAllowList(options.Urls));
        builder.Services.AddTextMiner(new TextMinerOptions(options.Data) { Time = options.Time ?? TimeProvider.System });
        builder.Services.AddSingleton<SpeakerDirectory>();
        builder.Services.AddSingleton<QuoteService>();
        builder.Services.AddSingleton<SearchService>();
        builder.Services.AddSingleton<DocumentService>();
        builder.Services.AddSingleton<FiguresService>();
        builder.Services.ConfigureHttpJsonOptions(json => WebJson.Configure(json.SerializerOptions));

        var app = builder.Build();
        app.UseMiddleware<SecurityHeaders>();
        app.UseMiddleware<HostFilter>();
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = ErrorHandling.HandleExceptionAsync });
        app.UseStatusCodePages(ErrorHandling.HandleStatusCodeAsync);
        Endpoints.Map(app);
        return app;
    }

    /// <summary>Builds and runs the app until <paramref name="cancellationToken"/> is cancelled.</summary>
    public static async Task RunAsync(WebOptions options, CancellationToken cancellationToken)
    {
        var app = Build(options);
        await using (app.ConfigureAwait(false))
        {
            await app.RunAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
