using System.Text;
using TextMiner.Core.Records;
using TextMiner.TestSupport;

namespace TextMiner.Parsing.Tests.Html;

/// <summary>A page loaded once by <see cref="DocumentParser.LoadHtml"/> (as the crawler does) parses as its bytes do.</summary>
public sealed class LoadedPageTests
{
    private static IEnumerable<string> Pages() =>
        Directory.GetFiles(Corpus.Path("fixtures", "html"), "*.html", SearchOption.AllDirectories).Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    [TestCaseSource(nameof(Pages))]
    public void Parse_WithLoadedPage_SameDocumentAndDiagnosticsAsFromBytes(string name)
    {
        var path = Directory.GetFiles(Corpus.Path("fixtures", "html"), name, SearchOption.AllDirectories).Single();
        var raw = new RawDocument("test", "https://example.org/reports/" + name, File.ReadAllBytes(path), "text/html", DateTimeOffset.UnixEpoch);
        var parser = new DocumentParser();

        var fromBytes = parser.Parse(raw);
        var fromPage = parser.Parse(raw, parser.LoadHtml(raw.Bytes));

        Assert.That(fromPage.IsOk, Is.EqualTo(fromBytes.IsOk));
        Assert.That(fromPage.Value?.Paragraphs, Is.EqualTo(fromBytes.Value?.Paragraphs));
        Assert.That((fromPage.Value?.Title, fromPage.Value?.Published, fromPage.Value?.Kind), Is.EqualTo((fromBytes.Value?.Title, fromBytes.Value?.Published, fromBytes.Value?.Kind)));
        Assert.That(fromPage.Diagnostics, Is.EqualTo(fromBytes.Diagnostics));
    }

    [Test]
    public void Parse_LoadedLatin1Page_KeepsTheEncodingDiagnostic()
    {
        var bytes = Encoding.Latin1.GetBytes("<html><head><title>Caf\u00e9 report</title></head><body><main><p>The caf\u00e9 staff said the caseloads were too high for anyone.</p></main></body></html>");
        var raw = new RawDocument("test", "https://example.org/cafe", bytes, "text/html", DateTimeOffset.UnixEpoch);
        var parser = new DocumentParser();

        var fromPage = parser.Parse(raw, parser.LoadHtml(bytes));

        Assert.That(fromPage.Diagnostics.Select(d => d.Code), Does.Contain(ParseDiagnostics.EncodingFallback));
        Assert.That(fromPage.Value!.Paragraphs.Single().Text, Does.StartWith("The caf\u00e9 staff"));
    }
}
