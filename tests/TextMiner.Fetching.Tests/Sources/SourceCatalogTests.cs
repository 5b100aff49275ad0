using TextMiner.Fetching.Sources;
using TextMiner.TestSupport;

namespace TextMiner.Fetching.Tests.Sources;

[TestFixture]
public sealed class SourceCatalogTests
{
    private const string Valid = """
        {
          "name": "NAME",
          "origin": "https://www.example.org",
          "discovery": { "sitemaps": ["/sitemap.xml"] },
          "documents": [ { "pattern": "^/news/[^/]+$", "kind": "press-release" } ]
        }
        """;

    public static IEnumerable<TestCaseData> InvalidDefinitions()
    {
        yield return Case("not json", "{ \"name\": ", "$.name", SourceDefinitionErrors.InvalidJson);
        yield return Case("unknown field", Valid.Replace("\"origin\"", "\"orign\"", StringComparison.Ordinal), "$.orign", SourceDefinitionErrors.InvalidJson);
        yield return Case("missing origin", Valid.Replace("\"origin\": \"https://www.example.org\",", "", StringComparison.Ordinal), "$", SourceDefinitionErrors.InvalidJson);
        yield return Case("bad name", Valid.Replace("NAME", "Bad Name", StringComparison.Ordinal), "$.name", SourceDefinitionErrors.InvalidName);
        yield return Case("name not file", Valid.Replace("NAME", "other", StringComparison.Ordinal), "$.name", SourceDefinitionErrors.NameMismatch);
        yield return Case("origin with path", Valid.Replace("https://www.example.org", "https://www.example.org/news", StringComparison.Ordinal), "$.origin", SourceDefinitionErrors.InvalidUrl);
        yield return Case("relative origin", Valid.Replace("https://www.example.org", "www.example.org", StringComparison.Ordinal), "$.origin", SourceDefinitionErrors.InvalidUrl);
        yield return Case("no discovery", Valid.Replace("\"sitemaps\": [\"/sitemap.xml\"]", "", StringComparison.Ordinal), "$.discovery", SourceDefinitionErrors.NoDiscovery);
        yield return Case("sitemap not a path", Valid.Replace("/sitemap.xml", "sitemap.xml", StringComparison.Ordinal), "$.discovery.sitemaps[0]", SourceDefinitionErrors.InvalidUrl);
        yield return Case("bad regex", Valid.Replace("^/news/[^/]+$", "^/news/[", StringComparison.Ordinal), "$.documents[0].pattern", SourceDefinitionErrors.InvalidRegex);
        yield return Case("unknown kind", Valid.Replace("press-release", "pamphlet", StringComparison.Ordinal), "$.documents[0].kind", SourceDefinitionErrors.InvalidKind);
        yield return Case("no documents", Valid.Replace("{ \"pattern\": \"^/news/[^/]+$\", \"kind\": \"press-release\" }", "", StringComparison.Ordinal), "$.documents", SourceDefinitionErrors.Required);
        yield return Case("bad xpath", Valid.Replace("\"documents\"", "\"page\": { \"titleXPaths\": [\"//h1[\"] }, \"documents\"", StringComparison.Ordinal), "$.page.titleXPaths[0]", SourceDefinitionErrors.InvalidXPath);
        yield return Case("pagination both", Valid.Replace("\"sitemaps\": [\"/sitemap.xml\"]", "\"listings\": [{ \"url\": \"/news\", \"pagination\": { \"parameter\": \"page\", \"nextXPath\": \"//a\" } }]", StringComparison.Ordinal), "$.discovery.listings[0].pagination", SourceDefinitionErrors.Conflict);
        yield return Case("pagination path and parameter", Valid.Replace("\"sitemaps\": [\"/sitemap.xml\"]", "\"listings\": [{ \"url\": \"/news/\", \"pagination\": { \"parameter\": \"paged\", \"pathSegment\": \"page\" } }]", StringComparison.Ordinal), "$.discovery.listings[0].pagination", SourceDefinitionErrors.Conflict);
        yield return Case("facet bad xpath", Valid.Replace("\"sitemaps\": [\"/sitemap.xml\"]", "\"listings\": [{ \"url\": \"/i/\", \"facets\": [{ \"valuesXPath\": \"//select[\", \"parameter\": \"type\" }] }]", StringComparison.Ordinal), "$.discovery.listings[0].facets[0].valuesXPath", SourceDefinitionErrors.InvalidXPath);
        yield return Case("bad sitemap follow", Valid.Replace("\"sitemaps\": [\"/sitemap.xml\"]", "\"sitemaps\": [\"/sitemap.xml\"], \"sitemapFollow\": \"(post\"", StringComparison.Ordinal), "$.discovery.sitemapFollow", SourceDefinitionErrors.InvalidRegex);
        yield return Case("year without firstYear", Valid.Replace("\"sitemaps\": [\"/sitemap.xml\"]", "\"listings\": [{ \"url\": \"/news?year={year}\" }]", StringComparison.Ordinal), "$.discovery.listings[0].firstYear", SourceDefinitionErrors.Conflict);
        yield return Case("feed max pages", Valid.Replace("\"sitemaps\": [\"/sitemap.xml\"]", "\"feeds\": [{ \"url\": \"/feed/\", \"pagination\": { \"parameter\": \"paged\", \"maxPages\": 0 } }]", StringComparison.Ordinal), "$.discovery.feeds[0].pagination.maxPages", SourceDefinitionErrors.InvalidNumber);
    }

    [Test]
    public void Load_PipelinesDirectory_LoadsTheFourSources()
    {
        var sources = SourceCatalog.Load(CrawlHarness.PipelinesDirectory);

        Assert.That(sources.Select(s => s.Name), Is.EqualTo(new[] { "hmip", "hmip-legacy", "napo", "napo-magazine" }));
    }

    [TestCaseSource(nameof(InvalidDefinitions))]
    public void LoadFile_InvalidDefinition_ThrowsNamingFileAndField(string json, string field, string code)
    {
        using var temp = new TempDirectory();
        var path = temp.Combine("src-a.json");
        File.WriteAllText(path, json.Replace("NAME", "src-a", StringComparison.Ordinal));

        var e = Assert.Throws<SourceDefinitionException>(() => SourceCatalog.LoadFile(path));

        Assert.Multiple(() =>
        {
            Assert.That(e!.Code, Is.EqualTo(code));
            Assert.That(e.Field, Is.EqualTo(field));
            Assert.That(e.File, Is.EqualTo(path));
            Assert.That(e.Message, Does.StartWith($"{path}: {field}: {code}"));
        });
    }

    [TestCase("hmip")]
    [TestCase("napo-magazine")]
    public void Resolve_Name_LoadsThatSource(string name) =>
        Assert.That(SourceCatalog.Resolve(name, CrawlHarness.PipelinesDirectory).Single().Name, Is.EqualTo(name));

    [Test]
    public void Resolve_PathAndAll_LoadFileOrEverySource()
    {
        var path = Path.Combine(CrawlHarness.PipelinesDirectory, "napo.json");
        Assert.Multiple(() =>
        {
            Assert.That(SourceCatalog.Resolve(path, "/nowhere").Single().Name, Is.EqualTo("napo"));
            Assert.That(SourceCatalog.Resolve("all", CrawlHarness.PipelinesDirectory), Has.Count.EqualTo(4));
        });
    }

    [Test]
    public void Resolve_UnknownName_ThrowsUnknownSource()
    {
        var e = Assert.Throws<SourceDefinitionException>(() => SourceCatalog.Resolve("hmpps", CrawlHarness.PipelinesDirectory));

        Assert.That(e!.Code, Is.EqualTo(SourceDefinitionErrors.UnknownSource));
    }

    private static TestCaseData Case(string name, string json, string field, string code) =>
        new TestCaseData(json, field, code).SetName($"LoadFile_{name.Replace(' ', '_')}_{code}");
}
