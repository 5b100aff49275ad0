using System.Net;
using TextMiner.Web.Hosting;
using TextMiner.Web.Tests.Fixtures;

namespace TextMiner.Web.Tests.Api;

/// <summary>The server-rendered pages over real HTTP: encoding, headers, limits and friendly errors.</summary>
internal sealed class PageTests : DataFixture
{
    [TestCase("/")]
    [TestCase("/quotes?q=victims")]
    [TestCase("/search?q=workload")]
    [TestCase("/figures")]
    public async Task Page_Get_IsHtmlWithCspAndLandmarks(string path)
    {
        using var response = await Server.Client.GetAsync(new Uri(path, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"));
            Assert.That(response.Headers.GetValues("Content-Security-Policy").Single(), Is.EqualTo(SecurityHeaders.ContentSecurityPolicy));
            Assert.That(html, Does.Contain("<main id=\"main\"").And.Contain("<nav aria-label=\"Main\">").And.Contain("<html lang=\"en\">"));
            Assert.That(html, Does.Not.Match("<(link|script)[^>]+(href|src)=\"(https?:)?//"), "no external assets");
            Assert.That(html, Does.Not.Contain("<script>"));
        });
    }

    [Test]
    public async Task DocumentPage_TextWithScriptTags_IsEncoded()
    {
        var html = await Server.Client.GetStringAsync(new Uri("/documents/" + TestCorpus.XssId, UriKind.Relative));

        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Not.Contain("<script>window.__xss"));
            Assert.That(html, Does.Not.Contain("<img src=x"));
            Assert.That(html, Does.Contain("&lt;script&gt;window.__xss = 1; alert(1)&lt;/script&gt;"));
            Assert.That(html, Does.Contain("&lt;img src=x onerror=&quot;window.__xss = 2&quot;&gt;"));
            Assert.That(html, Does.Contain("Injection test &lt;b&gt;bold&lt;/b&gt; &amp; &lt;script&gt;"));
        });
    }

    [Test]
    public async Task QuotesPage_QuoteWithScriptTag_IsEncodedInCardAndCitation()
    {
        var html = await Server.Client.GetStringAsync(new Uri("/?speaker=Alex%20Morgan", UriKind.Relative));

        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Not.Contain("<script>window"));
            Assert.That(html, Does.Contain("manage &lt;script&gt;window.__xss = 1; alert(1)&lt;/script&gt; caseloads"));
            Assert.That(html, Does.Contain("data-citation=\"“Staff are being asked to manage &lt;script&gt;"));
        });
    }

    [Test]
    public async Task SearchPage_BadQuery_ShowsOneLineErrorWith400()
    {
        using var response = await Server.Client.GetAsync(new Uri("/search?q=%22victims", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(html, Does.Contain("role=\"alert\"").And.Contain("opening quote"));
            Assert.That(html, Does.Contain("value=\"&quot;victims\""), "the form keeps the query");
        });
    }

    [TestCase("/?size=500", "Page size must be a whole number from 1 to 100.")]
    [TestCase("/search?page=0", "Page must be a whole number from 1 to 1000.")]
    public async Task Page_OverTheLimits_ShowsFriendly400(string path, string message)
    {
        using var response = await Server.Client.GetAsync(new Uri(path, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(html, Does.Contain(message));
        });
    }

    [Test]
    public async Task Page_QueryOverTheLimit_ShowsFriendly400()
    {
        using var response = await Server.Client.GetAsync(new Uri("/?q=" + new string('a', WebLimits.MaxQueryLength + 1), UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(html, Does.Contain("the limit is 1,000"));
        });
    }

    [TestCase("/no/such/page", HttpStatusCode.NotFound, "Page not found")]
    [TestCase("/documents/0123456789abcdef", HttpStatusCode.NotFound, "There is no document with the id")]
    public async Task Page_Missing_IsFriendlyWithoutStackTrace(string path, HttpStatusCode status, string text)
    {
        using var response = await Server.Client.GetAsync(new Uri(path, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(status));
            Assert.That(html, Does.Contain(text).And.Contain("<main"));
            Assert.That(html, Does.Not.Contain("   at ").And.Not.Contain("Exception"));
        });
    }

    [Test]
    public async Task Page_Post_IsRefusedFriendly()
    {
        using var content = new StringContent("x");
        using var response = await Server.Client.PostAsync(new Uri("/", UriKind.Relative), content);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.MethodNotAllowed));
            Assert.That(html, Does.Contain("read-only"));
        });
    }

    [Test]
    public async Task QuotesPage_FacetLinks_ApplyTheFilter()
    {
        var html = await Server.Client.GetStringAsync(new Uri("/?q=staff", UriKind.Relative));

        Assert.That(html, Does.Contain("href=\"/?q=staff&amp;theme=staffing\""));
    }

    [Test]
    public async Task FiguresPage_Charts_AreInlineSvgWithTables()
    {
        var html = await Server.Client.GetStringAsync(new Uri("/figures", UriKind.Relative));

        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Contain("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\""));
            Assert.That(html, Does.Contain("<caption>Ratings by year (number of ratings)</caption>"));
            Assert.That(html, Does.Contain("<caption>vacancies: every figure</caption>"));
        });
    }

    [Test]
    public async Task Assets_ServedLocally()
    {
        using var css = await Server.Client.GetAsync(new Uri("/assets/site.css", UriKind.Relative));
        using var js = await Server.Client.GetAsync(new Uri("/assets/site.js", UriKind.Relative));

        Assert.Multiple(() =>
        {
            Assert.That(css.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/css"));
            Assert.That(js.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/javascript"));
        });
        Assert.That(await js.Content.ReadAsStringAsync(), Does.Contain("navigator.clipboard.writeText"));
    }
}
