using System.Net;
using System.Text.Json;
using TextMiner.Search;
using TextMiner.TestSupport;
using TextMiner.Web.Hosting;
using TextMiner.Web.Tests.Fixtures;

namespace TextMiner.Web.Tests.Hostile;

/// <summary>
/// Issue 14, rows 1, 2, 8 and 9 over HTTP on loopback: hostile queries get a one-line 400, foreign Host headers are
/// refused, and every answer — errors included — carries the security headers and no file path. After each, the
/// server still answers an ordinary request.
/// </summary>
[CancelAfter(120_000)]
internal sealed class HostileRequestTests : DataFixture
{
    [TestCase("api/search?q=%2F%5Bac%5D*a%5Bac%5D%7B50%2C200%7D%2F", SearchErrorCodes.RegexTooComplex)]
    [TestCase("api/search?q=%2F%5Bz-a%5D%2F", SearchErrorCodes.MalformedRegex)]
    [TestCase("api/quotes?q=%2F%5Bac%5D*a%5Bac%5D%7B50%2C200%7D%2F", SearchErrorCodes.RegexTooComplex)]
    public async Task Api_HostileRegex_Is400WithItsCodeAndTheServerStillAnswers(string path, string code)
    {
        using var response = await Server.Client.GetAsync(new Uri(path, UriKind.Relative));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var error = json.RootElement.GetProperty("error");

        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(error.GetProperty("code").GetString(), Is.EqualTo(code));
            Assert.That(error.GetProperty("message").GetString(), Does.Not.Contain('\n'));
            AssertSecurityHeaders(response);
            await AssertStillAnswersAsync();
        });
    }

    [TestCase("search?q=%2F%5Bac%5D*a%5Bac%5D%7B50%2C200%7D%2F", "too complex")]
    [TestCase("search?q=%2F%5Bz-a%5D%2F", "runs backwards")]
    public async Task Page_HostileRegex_Is400WithTheMessage(string path, string message)
    {
        using var response = await Server.Client.GetAsync(new Uri(path, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(html, Does.Contain(message));
            AssertSecurityHeaders(response);
        });
    }

    [TestCase("attacker.example")]
    [TestCase("attacker.example:5080")]
    [TestCase("127.0.0.1.attacker.example")]
    public async Task Request_ForeignHostHeader_Is400BadHostAndTheServerStillAnswers(string host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("api/search?q=x", UriKind.Relative));
        request.Headers.Host = host;
        using var response = await Server.Client.SendAsync(request);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(json.RootElement.GetProperty("error").GetProperty("code").GetString(), Is.EqualTo(WebErrors.BadHostCode));
            AssertSecurityHeaders(response);
            await AssertStillAnswersAsync();
        });
    }

    [Test]
    public async Task Request_LocalhostHostHeader_IsAnswered()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("api/search?q=victims", UriKind.Relative));
        request.Headers.Host = "localhost:" + Server.Address.Port;
        using var response = await Server.Client.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public void HostAllowList_NamedAndWildcardUrls_AllowLoopbackAndNamedHostsOnly()
    {
        var allowed = new HostAllowList("http://0.0.0.0:5080;http://reporter.example:5080;http://[::]:5081");

        Assert.Multiple(() =>
        {
            Assert.That(new[] { "localhost:5080", "127.0.0.1:5080", "[::1]:5080", "reporter.example:5080", "REPORTER.example" }, Has.All.Matches<string>(allowed.Allows));
            Assert.That(new[] { "attacker.example", "0.0.0.0:5080", "192.168.1.20:5080", "", null }, Has.None.Matches<string?>(allowed.Allows));
        });
    }

    [TestCase("http://127.0.0.1:5080", new string[0])]
    [TestCase("http://localhost:5080;http://[::1]:5081", new string[0])]
    [TestCase("http://0.0.0.0:5080", new[] { "http://0.0.0.0:5080" })]
    [TestCase("http://127.0.0.1:5080;http://*:5081;http://reporter.example:5082", new[] { "http://*:5081", "http://reporter.example:5082" })]
    public void WebOptions_UrlsBeyondLoopback_AreTheOnesServeWarnsAbout(string urls, string[] expected)
    {
        var options = new WebOptions(new Core.DataDirectory("unused"), urls);

        Assert.That(options.UrlsBeyondLoopback, Is.EqualTo(expected));
    }

    [TestCase("nowhere")]
    [TestCase("api/nowhere")]
    public async Task NotFound_CarriesTheSecurityHeaders(string path)
    {
        using var response = await Server.Client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            AssertSecurityHeaders(response);
        });
    }

    [TestCase("figures", "text/html")]
    [TestCase("api/figures", "application/json")]
    [TestCase("", "text/html")]
    public async Task CorruptStore_Is503WithSecurityHeadersAndNoPath(string path, string type)
    {
        using var temp = new TempDirectory();
        var data = await TestCorpus.WriteAsync(temp.Combine("data"));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        await File.WriteAllBytesAsync(data.DatabasePath, Enumerable.Repeat((byte)'x', 8192).ToArray());
        var server = await WebServer.StartAsync(data);
        await using (server)
        {
            using var response = await server.Client.GetAsync(new Uri(path, UriKind.Relative));
            var body = await response.Content.ReadAsStringAsync();

            Assert.Multiple(async () =>
            {
                Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
                Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo(type));
                Assert.That(body, Does.Contain("textminer doctor"));
                Assert.That(body, Does.Not.Contain(temp.Path).And.Not.Contain("textminer.db").And.Not.Contain("/tmp"));
                AssertSecurityHeaders(response);
                using var again = await server.Client.GetAsync(new Uri("api/search?q=victims", UriKind.Relative));
                Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the index still answers");
            });
        }
    }

    private static void AssertSecurityHeaders(HttpResponseMessage response)
    {
        Assert.That(response.Headers.GetValues("Content-Security-Policy").Single(), Is.EqualTo(SecurityHeaders.ContentSecurityPolicy));
        Assert.That(response.Headers.GetValues("X-Content-Type-Options").Single(), Is.EqualTo("nosniff"));
        Assert.That(response.Headers.GetValues("X-Frame-Options").Single(), Is.EqualTo("DENY"));
        Assert.That(response.Headers.GetValues("Referrer-Policy").Single(), Is.EqualTo("no-referrer"));
    }

    private async Task AssertStillAnswersAsync()
    {
        using var response = await Server.Client.GetAsync(new Uri("api/search?q=victims", UriKind.Relative));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }
}
