using Microsoft.Extensions.DependencyInjection;
using TextMiner.Core;
using TextMiner.Fetching.Crawling;
using TextMiner.Fetching.Sources;
using TextMiner.Pipeline.Crawling;
using TextMiner.Storage;
using TextMiner.TestSupport;
using TextMiner.TestSupport.FixtureSites;

namespace TextMiner.Pipeline.Tests.Research;

/// <summary>
/// A crawled report page is loaded by HtmlAgilityPack once: the crawler reads its links from the DOM and the parser its
/// text from the same DOM. (In this namespace for the shared theme model.)
/// </summary>
public sealed class CrawledPageTests
{
    private const string Marker = "Marked in the loaded DOM.";

    [Test]
    public async Task Crawl_ReportPages_EachLoadedOnceAndParsedFromThatDom()
    {
        using var temp = new TempDirectory();
        await using var site = await FixtureSiteServer.StartAsync(Corpus.Path("sites", "hmip-legacy"));
        var data = new DataDirectory(temp.Combine("data"));
        data.EnsureCreated();
        Directory.CreateDirectory(data.ModelsPath);
        foreach (var file in Directory.GetFiles(SharedThemeModel.ModelsDirectory))
        {
            File.Copy(file, Path.Combine(data.ModelsPath, Path.GetFileName(file)));
        }

        // Counts the loads and marks every paragraph of each loaded DOM: text the parser can only see in that DOM.
        var loads = 0;
        await using var services = await TextMinerServices.OpenAsync(new TextMinerOptions(data)
        {
            Fetch = fetch =>
            {
                fetch.ContactUrl = new Uri("https://example.org/contact");
                fetch.MinRequestInterval = TimeSpan.FromMilliseconds(10);
                var load = fetch.LoadPage;
                fetch.LoadPage = bytes =>
                {
                    Interlocked.Increment(ref loads);
                    var page = load(bytes);
                    foreach (var p in page?.DocumentNode.SelectNodes("//p") ?? Enumerable.Empty<HtmlAgilityPack.HtmlNode>())
                    {
                        p.PrependChild(page!.CreateTextNode(Marker + " "));
                    }

                    return page;
                };
            },
        }, CancellationToken.None);
        var source = SourceCatalog.LoadFile(Path.Combine(AppContext.BaseDirectory, "pipelines", "hmip-legacy.json"));

        var summary = await services.GetRequiredService<CrawlRunner>().RunAsync(source, new CrawlOptions(BaseUrl: site.BaseUrl), null, CancellationToken.None);

        var pages = new List<string>();
        await foreach (var stored in services.GetRequiredService<DocumentStore>().ReadAllAsync(CancellationToken.None))
        {
            if (stored.ContentType?.Contains("html", StringComparison.OrdinalIgnoreCase) == true)
            {
                Assert.That(stored.Document.Paragraphs.Any(p => p.Text.Contains(Marker, StringComparison.Ordinal)), Is.True, stored.Document.Location);
                pages.Add(stored.Document.Location);
            }
        }

        Assert.That(summary.Failures, Is.Empty);
        Assert.That(pages, Is.Not.Empty);
        Assert.That(loads, Is.EqualTo(pages.Count), "one load per report page, none by the parser");
    }
}
