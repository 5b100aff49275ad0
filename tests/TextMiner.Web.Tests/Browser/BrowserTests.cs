using Microsoft.Playwright;
using TextMiner.Web.Tests.Fixtures;

namespace TextMiner.Web.Tests.Browser;

/// <summary>
/// A journalist's path through the site in a real Chromium: search a topic, filter by theme and speaker, open a
/// document, copy a citation; and a document with script in its text runs none. One browser for the fixture.
/// </summary>
[NonParallelizable]
internal sealed class BrowserTests : DataFixture
{
    private IPlaywright playwright = null!;
    private IBrowser browser = null!;
    private IBrowserContext context = null!;
    private IPage page = null!;

    [OneTimeSetUp]
    public async Task LaunchAsync()
    {
        playwright = await Playwright.CreateAsync();
        browser = await Chromium.LaunchAsync(playwright);
    }

    [SetUp]
    public async Task OpenPageAsync()
    {
        context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Server.Address.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            Permissions = ["clipboard-read", "clipboard-write"],
        });
        page = await context.NewPageAsync();
    }

    [TearDown]
    public async Task ClosePageAsync() => await context.DisposeAsync();

    [OneTimeTearDown]
    public async Task CloseBrowserAsync()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
    }

    [Test]
    public async Task QuotesPage_SearchTopic_ShowsCardsWithHighlightedWords()
    {
        await page.GotoAsync("/");
        await page.GetByLabel("Topic words").FillAsync("victims");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search quotes" }).ClickAsync();

        var cards = page.Locator("article.quote-card");
        await Assertions.Expect(cards.First).ToBeVisibleAsync();
        Assert.Multiple(async () =>
        {
            Assert.That(await cards.CountAsync(), Is.GreaterThanOrEqualTo(2));
            Assert.That(await page.Locator("article.quote-card blockquote mark").First.InnerTextAsync(), Is.EqualTo("victims").IgnoreCase);
            Assert.That(page.Url, Does.Contain("q=victims"));
        });
        await page.ScreenshotAsync(new() { Path = Screenshots.Path("quotes.png"), FullPage = true });
    }

    [Test]
    public async Task QuotesPage_FilterByThemeThenSpeaker_NarrowsToThatSpeaker()
    {
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Theme" }).SelectOptionAsync("staffing");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search quotes" }).ClickAsync();
        var themed = await page.Locator("article.quote-card").CountAsync();

        await page.Locator("#facet-speaker + ul a", new() { HasText = "Justin Russell" }).ClickAsync();

        var speakers = await page.Locator("article.quote-card .speaker").AllInnerTextsAsync();
        Assert.Multiple(() =>
        {
            Assert.That(themed, Is.GreaterThan(speakers.Count));
            Assert.That(speakers, Is.Not.Empty.And.All.EqualTo("Justin Russell"));
            Assert.That(page.Url, Does.Contain("theme=staffing").And.Contain("speaker=Justin%20Russell"));
        });
    }

    [Test]
    public async Task QuotesPage_CopyCitation_PutsCitationOnClipboard()
    {
        await page.GotoAsync("/?q=disappointed");
        await page.GetByRole(AriaRole.Button, new() { Name = "Copy citation" }).First.ClickAsync();
        await Assertions.Expect(page.Locator("#copy-status")).ToHaveTextAsync("Citation copied to the clipboard.");

        var copied = await page.EvaluateAsync<string>("() => navigator.clipboard.readText()");

        Assert.That(copied, Is.EqualTo(
            "“" + TestCorpus.StaceyQuote + "” — Glenys Stacey, Chief Inspector of Probation, HM Inspectorate of Probation, 22 May 2019. "
            + "London probation service makes progress in some areas but more must be done to support victims. " + TestCorpus.LondonHmipUrl));
    }

    [Test]
    public async Task QuotesPage_ReadInContext_OpensDocumentWithFindingsMarked()
    {
        await page.GotoAsync("/?q=manageable");
        await page.GetByRole(AriaRole.Link, new() { Name = "Read in context" }).First.ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("An inspection of probation services in Kent, Surrey and Sussex CRC");
        Assert.Multiple(async () =>
        {
            Assert.That(page.Url, Does.EndWith("/documents/" + TestCorpus.KentId + "#p2"));
            Assert.That(await page.Locator("#p2 mark.ev-quote").InnerTextAsync(), Does.StartWith("Leaders must act quickly"));
            Assert.That(await page.Locator("#p0 mark.ev-rating").InnerTextAsync(), Is.EqualTo("rated Requires improvement overall"));
            Assert.That(await page.Locator(".page-number").AllInnerTextsAsync(), Is.EqualTo(new[] { "Page 3", "Page 4" }));
        });
    }

    [Test]
    public async Task DocumentPage_Seed_ShowsThemesAndMarks()
    {
        await page.GotoAsync("/documents/" + TestCorpus.LondonHmipId);

        Assert.Multiple(async () =>
        {
            Assert.That(await page.Locator("#themes-heading + ul.themes li a").AllInnerTextsAsync(), Is.EqualTo(new[] { "victim-contact", "staffing", "court-work" }));
            Assert.That(await page.Locator("p.para mark.ev-figure").CountAsync(), Is.EqualTo(2));
            Assert.That(await page.Locator("p.para mark.ev-rating").CountAsync(), Is.EqualTo(2));
        });
        await page.ScreenshotAsync(new() { Path = Screenshots.Path("document.png"), FullPage = true });
    }

    [Test]
    public async Task DocumentPage_TextWithScriptTag_RunsNoScriptAndShowsText()
    {
        await page.GotoAsync("/documents/" + TestCorpus.XssId);

        var flag = await page.EvaluateAsync<string>("() => typeof window.__xss");
        Assert.Multiple(async () =>
        {
            Assert.That(flag, Is.EqualTo("undefined"));
            Assert.That(await page.Locator("#p0").InnerTextAsync(), Does.Contain(TestCorpus.XssMarker).And.Contain(TestCorpus.XssImage));
            Assert.That(await page.Locator("h1").InnerTextAsync(), Is.EqualTo("Injection test <b>bold</b> & <script>window.__xss = 3</script>"));
            Assert.That(await page.Locator("img").CountAsync(), Is.Zero);
        });
    }

    [Test]
    public async Task QuotesPage_QuoteWithScriptTag_RunsNoScript()
    {
        await page.GotoAsync("/?q=caseloads");

        Assert.Multiple(async () =>
        {
            Assert.That(await page.EvaluateAsync<string>("() => typeof window.__xss"), Is.EqualTo("undefined"));
            Assert.That(await page.Locator("article.quote-card blockquote", new() { HasText = "Staff are being asked" }).InnerTextAsync(), Does.Contain(TestCorpus.XssMarker));
        });
    }

    [Test]
    public async Task SearchPage_Query_ShowsSnippetsFacetsAndSortsByDate()
    {
        await page.GotoAsync("/search");
        await page.GetByLabel("Search words").FillAsync("vacancies OR workload*");
        await page.GetByLabel("Sort").SelectOptionAsync("date");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();

        var hits = page.Locator("li.hit");
        await Assertions.Expect(hits.First).ToBeVisibleAsync();
        var dates = await page.Locator("li.hit .meta time").EvaluateAllAsync<string[]>("els => els.map(e => e.getAttribute('datetime'))");
        Assert.Multiple(async () =>
        {
            Assert.That(await page.Locator("li.hit .snippet mark").CountAsync(), Is.GreaterThan(0));
            Assert.That(await page.Locator("#facet-source + ul li").CountAsync(), Is.GreaterThanOrEqualTo(2));
            Assert.That(dates, Is.Ordered.Descending);
        });
        await page.ScreenshotAsync(new() { Path = Screenshots.Path("search.png"), FullPage = true });
    }

    [Test]
    public async Task SearchPage_BadQuery_ShowsFriendlyOneLineError()
    {
        await page.GotoAsync("/search");
        await page.GetByLabel("Search words").FillAsync("\"victims");
        await page.GetByLabel("Search words").PressAsync("Enter");

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("The query has an opening quote");
        await page.ScreenshotAsync(new() { Path = Screenshots.Path("search-error.png"), FullPage = true });
    }

    [Test]
    public async Task FiguresPage_Charts_RenderWithTables()
    {
        await page.GotoAsync("/figures");

        Assert.Multiple(async () =>
        {
            Assert.That(await page.Locator("svg.chart").CountAsync(), Is.GreaterThanOrEqualTo(4));
            Assert.That(await page.Locator("svg.chart rect").CountAsync(), Is.GreaterThan(4));
            Assert.That(await page.Locator("table caption").First.InnerTextAsync(), Is.EqualTo("Ratings by year (number of ratings)"));
        });
        await page.ScreenshotAsync(new() { Path = Screenshots.Path("figures.png"), FullPage = true });
    }

    [Test]
    public async Task QuotesPage_Keyboard_SkipLinkAndFormReachable()
    {
        await page.GotoAsync("/");
        await page.Keyboard.PressAsync("Tab");

        Assert.That(await page.EvaluateAsync<string>("() => document.activeElement.textContent"), Is.EqualTo("Skip to content"));
        await page.Keyboard.PressAsync("Enter");
        Assert.That(await page.EvaluateAsync<string>("() => document.activeElement.id"), Is.EqualTo("main"));
    }
}
