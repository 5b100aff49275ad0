using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TextMiner.Core.Stages;
using TextMiner.Fetching.Http;

namespace TextMiner.Fetching.Tests.Http;

/// <summary>
/// One fetch's <see cref="StageResult{T}"/> against a loopback server answering each status: ok (with a 304 marked
/// not-modified), a permanent failure, or a transient one (timeouts, connection errors, 408, 429, 5xx), the HTTP status
/// kept wherever the server answered. No retries, so each case is one request.
/// </summary>
[TestFixture]
public sealed class PageFetcherTests
{
    private const string Page = "<!DOCTYPE html><html><body>A page</body></html>";
    private WebApplication server = null!;
    private ServiceProvider services = null!;
    private Uri baseUrl = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0));
        server = builder.Build();
        server.Run(AnswerAsync);
        await server.StartAsync();
        baseUrl = new Uri(server.Urls.First());

        var collection = new ServiceCollection();
        collection.AddTextMinerFetching(o =>
        {
            o.ContactUrl = new Uri(CrawlHarness.ContactUrl);
            o.MinRequestInterval = TimeSpan.Zero;
            o.AttemptTimeout = TimeSpan.FromSeconds(2);
            o.TotalTimeout = TimeSpan.FromSeconds(10);
            o.MaxRetries = 0;
            o.CircuitBreakerMinimumThroughput = 200;
        });
        services = collection.BuildServiceProvider();
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        await services.DisposeAsync();
        await server.DisposeAsync();
    }

    [Test]
    public async Task GetAsync_200_OkWithBytesAndValidators()
    {
        var result = await GetAsync("/status/200");

        Assert.Multiple(() =>
        {
            Assert.That(result.Status, Is.EqualTo(StageStatus.Ok), result.Reason?.ToString());
            Assert.That(result.Value!.StatusCode, Is.EqualTo(200));
            Assert.That(result.Value.NotModified, Is.False);
            Assert.That(result.Value.Bytes, Is.EqualTo(System.Text.Encoding.UTF8.GetBytes(Page)));
            Assert.That(result.Value.ContentType, Does.StartWith("text/html"));
            Assert.That(result.Value.ETag, Is.EqualTo("\"v1\""));
        });
    }

    [Test]
    public async Task GetAsync_304_OkMarkedNotModifiedWithoutBytes()
    {
        var result = await GetAsync("/status/304");

        Assert.Multiple(() =>
        {
            Assert.That(result.Status, Is.EqualTo(StageStatus.Ok), result.Reason?.ToString());
            Assert.That(result.Value!.NotModified, Is.True);
            Assert.That(result.Value.Bytes, Is.Null);
        });
    }

    [TestCase(404, StageStatus.Failed)]
    [TestCase(410, StageStatus.Failed)]
    [TestCase(403, StageStatus.Failed)]
    [TestCase(408, StageStatus.TransientFailure)]
    [TestCase(429, StageStatus.TransientFailure)]
    [TestCase(500, StageStatus.TransientFailure)]
    [TestCase(503, StageStatus.TransientFailure)]
    public async Task GetAsync_ErrorStatus_FailureWithTheStatusKept(int status, StageStatus expected)
    {
        var result = await GetAsync("/status/" + status.ToString(CultureInfo.InvariantCulture));

        Assert.Multiple(() =>
        {
            Assert.That(result.Status, Is.EqualTo(expected));
            Assert.That(result.Reason!.Code, Is.EqualTo(FetchErrors.HttpStatus));
            Assert.That(result.Reason.Message, Does.StartWith(status.ToString(CultureInfo.InvariantCulture)));
            Assert.That(result.Value?.StatusCode, Is.EqualTo(status));
        });
    }

    [TestCase("/slow", FetchErrors.Timeout)]
    [TestCase("/reset", FetchErrors.Connection)]
    public async Task GetAsync_NoAnswer_TransientFailureWithoutStatus(string path, string code)
    {
        var result = await GetAsync(path);

        Assert.Multiple(() =>
        {
            Assert.That(result.Status, Is.EqualTo(StageStatus.TransientFailure));
            Assert.That(result.Reason!.Code, Is.EqualTo(code));
            Assert.That(result.Value, Is.Null);
        });
    }

    [Test]
    public async Task GetAsync_HtmlServedAsPdf_PermanentFailureWithTheStatusKept()
    {
        var result = await GetAsync("/report.pdf");

        Assert.Multiple(() =>
        {
            Assert.That(result.Status, Is.EqualTo(StageStatus.Failed));
            Assert.That(result.Reason!.Code, Is.EqualTo(FetchErrors.ContentMismatch));
            Assert.That(result.Value?.StatusCode, Is.EqualTo(200));
        });
    }

    private Task<StageResult<FetchedPage>> GetAsync(string path) =>
        services.GetRequiredService<PageFetcher>().GetAsync(new Uri(baseUrl, path), null, null, CancellationToken.None);

    private static async Task AnswerAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        var response = context.Response;
        switch (path)
        {
            case "/slow":
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                }

                return;
            case "/reset":
                context.Abort();
                return;
            case "/report.pdf":
                response.ContentType = "application/pdf";
                await response.WriteAsync(Page);
                return;
        }

        response.StatusCode = int.Parse(path["/status/".Length..], CultureInfo.InvariantCulture);
        response.Headers.ETag = "\"v1\"";
        if (response.StatusCode == 200)
        {
            response.ContentType = "text/html; charset=utf-8";
            await response.WriteAsync(Page);
        }
    }
}
