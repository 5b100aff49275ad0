using System.Net;
using System.Text.Json;
using TextMiner.Search;
using TextMiner.Web.Tests.Fixtures;

namespace TextMiner.Web.Tests.Api;

/// <summary>The JSON API over real HTTP on a real store and index.</summary>
internal sealed class ApiTests : DataFixture
{
    [Test]
    public async Task Quotes_TopicWords_ReturnsMatchingQuotesWithHighlightsAndCitation()
    {
        using var json = await GetJsonAsync("api/quotes?q=victims");

        var quotes = json.RootElement.GetProperty("quotes").EnumerateArray().ToList();
        var stacey = quotes.Single(q => q.GetProperty("quote").GetProperty("text").GetString() == TestCorpus.StaceyQuote);
        Assert.Multiple(() =>
        {
            Assert.That(json.RootElement.GetProperty("total").GetInt32(), Is.GreaterThanOrEqualTo(2));
            Assert.That(stacey.GetProperty("speaker").GetString(), Is.EqualTo("Glenys Stacey"));
            Assert.That(stacey.GetProperty("quote").GetProperty("highlights").GetArrayLength(), Is.GreaterThan(0));
            Assert.That(stacey.GetProperty("citation").GetString(), Is.EqualTo(
                "“" + TestCorpus.StaceyQuote + "” — Glenys Stacey, Chief Inspector of Probation, HM Inspectorate of Probation, 22 May 2019. "
                + "London probation service makes progress in some areas but more must be done to support victims. " + TestCorpus.LondonHmipUrl));
        });
    }

    [Test]
    public async Task Quotes_ThemeAndSpeakerFilters_KeepOnlyThatSpeakersQuotesOnTheTheme()
    {
        using var json = await GetJsonAsync("api/quotes?theme=staffing&speaker=Justin%20Russell");

        var speakers = json.RootElement.GetProperty("quotes").EnumerateArray().Select(q => q.GetProperty("speaker").GetString()).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(speakers, Has.Count.EqualTo(1));
            Assert.That(speakers, Is.All.EqualTo("Justin Russell"));
        });
    }

    [Test]
    public async Task Quotes_Facets_CountThemesSpeakersAndOrganisations()
    {
        using var json = await GetJsonAsync("api/quotes");

        var facets = json.RootElement.GetProperty("facets");
        Assert.Multiple(() =>
        {
            Assert.That(facets.GetProperty("speaker").GetProperty("Justin Russell").GetInt32(), Is.EqualTo(3));
            Assert.That(facets.GetProperty("organisation").GetProperty("HM Inspectorate of Probation").GetInt32(), Is.EqualTo(6));
            Assert.That(facets.GetProperty("theme").GetProperty("workload").GetInt32(), Is.GreaterThanOrEqualTo(3));
        });
    }

    [Test]
    public async Task Quotes_PdfDocument_UrlOpensAtThePage()
    {
        using var json = await GetJsonAsync("api/quotes?q=manageable");

        var card = json.RootElement.GetProperty("quotes")[0];
        Assert.Multiple(() =>
        {
            Assert.That(card.GetProperty("url").GetString(), Is.EqualTo(TestCorpus.KentPdfUrl + "#page=4"));
            Assert.That(card.GetProperty("citation").GetString(), Does.Contain("Kent, Surrey and Sussex CRC, p. 4. " + TestCorpus.KentPdfUrl + "#page=4"));
        });
    }

    [Test]
    public async Task Search_Paragraphs_ReturnsSnippetsAndFacets()
    {
        using var json = await GetJsonAsync("api/search?q=vacancies&sort=date");

        var hits = json.RootElement.GetProperty("hits").EnumerateArray().ToList();
        var dates = hits.Select(h => h.GetProperty("published").GetString()).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(hits, Has.Count.GreaterThanOrEqualTo(3));
            Assert.That(hits.Select(h => h.GetProperty("unit").GetString()), Is.All.EqualTo("paragraph"));
            Assert.That(dates, Is.Ordered.Descending);
            Assert.That(json.RootElement.GetProperty("facets").GetProperty("source").EnumerateObject().Count(), Is.GreaterThanOrEqualTo(2));
        });
    }

    [Test]
    public async Task Search_Documents_ReturnsDocumentUnits()
    {
        using var json = await GetJsonAsync("api/search?q=probation&unit=documents&size=3");

        Assert.Multiple(() =>
        {
            Assert.That(json.RootElement.GetProperty("hits").GetArrayLength(), Is.EqualTo(3));
            Assert.That(json.RootElement.GetProperty("hits")[0].GetProperty("unit").GetString(), Is.EqualTo("document"));
        });
    }

    [TestCase("api/search?q=%22victims", 400, SearchErrorCodes.UnbalancedQuotes)]
    [TestCase("api/search?q=*bation", 400, SearchErrorCodes.LeadingWildcard)]
    [TestCase("api/quotes?from=May%202019", 400, SearchErrorCodes.MalformedDate)]
    [TestCase("api/quotes?size=101", 400, WebErrors.PageSizeCode)]
    [TestCase("api/quotes?size=0", 400, WebErrors.PageSizeCode)]
    [TestCase("api/search?page=x", 400, WebErrors.PageNumberCode)]
    [TestCase("api/search?sort=oldest", 400, WebErrors.BadSortCode)]
    [TestCase("api/search?unit=quotes", 400, WebErrors.BadUnitCode)]
    [TestCase("api/documents/0000000000000000", 404, WebErrors.NotFoundCode)]
    [TestCase("api/nothing-here", 404, WebErrors.NotFoundCode)]
    public async Task Api_BadRequest_ReturnsStatusAndErrorCode(string path, int status, string code)
    {
        using var response = await Server.Client.GetAsync(new Uri(path, UriKind.Relative));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Multiple(() =>
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(status));
            Assert.That(json.RootElement.GetProperty("error").GetProperty("code").GetString(), Is.EqualTo(code));
        });
    }

    [Test]
    public async Task Api_QueryOverTheLimit_Returns400WithQueryTooLong()
    {
        var query = string.Join(' ', Enumerable.Repeat("probation", 120));

        using var response = await Server.Client.GetAsync(new Uri("api/quotes?q=" + Uri.EscapeDataString(query), UriKind.Relative));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(json.RootElement.GetProperty("error").GetProperty("code").GetString(), Is.EqualTo(WebErrors.QueryTooLongCode));
        });
    }

    [Test]
    public async Task Document_ById_ReturnsParagraphsWithEvidenceMarks()
    {
        using var json = await GetJsonAsync("api/documents/" + TestCorpus.LondonHmipId);

        var marks = json.RootElement.GetProperty("paragraphs").EnumerateArray()
            .SelectMany(p => p.GetProperty("marks").EnumerateArray().Select(m => (Text: p.GetProperty("text").GetString()!, Mark: m)))
            .ToList();
        var kinds = marks.Select(m => m.Mark.GetProperty("kind").GetString()).Distinct().ToList();
        var rating = marks.First(m => m.Mark.GetProperty("kind").GetString() == "rating");
        var marked = rating.Text[rating.Mark.GetProperty("start").GetInt32()..rating.Mark.GetProperty("end").GetInt32()];
        Assert.Multiple(() =>
        {
            Assert.That(kinds, Is.EquivalentTo(new[] { "rating", "figure", "quote" }));
            Assert.That(marked, Is.EqualTo("overall rating of ‘Requires improvement’"));
            Assert.That(json.RootElement.GetProperty("themes")[0].GetProperty("label").GetString(), Is.EqualTo("victim-contact"));
        });
    }

    [Test]
    public async Task Figures_RatingsAndStaffing_CountedByYearSourceAndKind()
    {
        using var json = await GetJsonAsync("api/figures");

        var byYear = json.RootElement.GetProperty("ratingsByYear").EnumerateArray()
            .Select(r => (r.GetProperty("group").GetString(), r.GetProperty("value").GetString(), r.GetProperty("count").GetInt32())).ToList();
        var vacancies = json.RootElement.GetProperty("figures").EnumerateArray().Single(f => f.GetProperty("kind").GetString() == "vacancies");
        Assert.Multiple(() =>
        {
            Assert.That(byYear, Does.Contain(("2019", "Requires improvement", 1)));
            Assert.That(byYear, Does.Contain(("2021", "Outstanding", 1)));
            Assert.That(vacancies.GetProperty("points").EnumerateArray().Select(p => p.GetProperty("value").GetDouble()), Is.EqualTo(new[] { 150.0, 615, 38, 12 }));
        });
    }

    private async Task<JsonDocument> GetJsonAsync(string path)
    {
        using var response = await Server.Client.GetAsync(new Uri(path, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), body);
        return JsonDocument.Parse(body);
    }
}
