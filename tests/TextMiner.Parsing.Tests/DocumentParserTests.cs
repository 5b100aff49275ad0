using System.Text;
using TextMiner.Core.Records;
using TextMiner.Core.Stages;
using TextMiner.TestSupport;

namespace TextMiner.Parsing.Tests;

public sealed class DocumentParserTests
{
    private static readonly DocumentParser Parser = new();

    private static RawDocument Raw(string location, byte[] bytes, string? contentType = null, PageHints? hints = null) =>
        new("test", location, bytes, contentType, DateTimeOffset.UnixEpoch, Hints: hints);

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    [Test]
    public void Parse_HtmlBytesNamedTxt_SniffsHtml()
    {
        var result = Parser.Parse(Raw("/tmp/page.txt", Utf8("<!DOCTYPE html><html><body><main><h1>Title here</h1><p>Body text of the page.</p></main></body></html>")));

        Assert.Multiple(() =>
        {
            Assert.That(result.Value!.Title, Is.EqualTo("Title here"));
            Assert.That(result.Value.Paragraphs.Select(p => p.Text), Is.EqualTo(new[] { "Body text of the page." }));
        });
    }

    [Test]
    public void Parse_UrlWithoutExtensionAndHtmlContentType_ParsesHtml()
    {
        var result = Parser.Parse(Raw("https://example.org/document/x", Utf8("<p>Only a fragment of text with no markers</p>"), "text/html; charset=utf-8"));

        Assert.That(result.Value!.Paragraphs.Single().Text, Is.EqualTo("Only a fragment of text with no markers"));
    }

    [Test]
    public void Parse_UrlWithoutExtensionPlainBytes_ParsesText()
    {
        var result = Parser.Parse(Raw("https://example.org/notes", Utf8("Title\n\nBody.")));

        Assert.That(result.Value!.Title, Is.EqualTo("Title"));
    }

    [Test]
    public void Parse_Hints_WinOverPage()
    {
        var hints = new PageHints("Hinted title", new DateOnly(2020, 1, 2), DocumentKinds.Blog);

        var document = Parser.Parse(Raw("/tmp/x.txt", Utf8("Page title\n\nPublished: 22 May 2019\n\nText."), hints: hints)).Value!;

        Assert.Multiple(() =>
        {
            Assert.That(document.Title, Is.EqualTo("Hinted title"));
            Assert.That(document.Published, Is.EqualTo(new DateOnly(2020, 1, 2)));
            Assert.That(document.Kind, Is.EqualTo(DocumentKinds.Blog));
        });
    }

    [Test]
    public void Parse_Document_CarriesIdentityOfRaw()
    {
        var raw = Raw("https://www.napo.org.uk/news/x", Utf8("Title\n\nText."));

        var document = Parser.Parse(raw).Value!;

        Assert.Multiple(() =>
        {
            Assert.That(document.Id, Is.EqualTo(raw.Id));
            Assert.That(document.Version, Is.EqualTo(raw.Sha256));
            Assert.That(document.Source, Is.EqualTo("test"));
            Assert.That(document.Location, Is.EqualTo(raw.Location));
        });
    }

    [Test]
    public void Parse_Latin1Text_DecodesWithDiagnostic()
    {
        var result = Parser.Parse(Raw("/tmp/x.txt", [.. "Caf"u8, 0xE9, .. "\n\nText."u8]));

        Assert.Multiple(() =>
        {
            Assert.That(result.Value!.Title, Is.EqualTo("Café"));
            Assert.That(result.Diagnostics.Select(d => d.Code), Does.Contain(ParseDiagnostics.EncodingFallback));
        });
    }

    private static IEnumerable<TestCaseData> BadInputs()
    {
        yield return new TestCaseData("/tmp/a.txt", Array.Empty<byte>(), null, ParseErrors.EmptyFile).SetArgDisplayNames("empty");
        yield return new TestCaseData("/tmp/a.pdf", Encoding.ASCII.GetBytes("not a pdf at all"), null, ParseErrors.NotAPdf).SetArgDisplayNames("text named pdf");
        yield return new TestCaseData("https://x.org/file", Encoding.ASCII.GetBytes("hello"), "application/pdf", ParseErrors.NotAPdf).SetArgDisplayNames("typed pdf");
        yield return new TestCaseData("/tmp/a.pdf", Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage garbage\ntrailer << >>\n%%EOF\n"), null, ParseErrors.DamagedPdf).SetArgDisplayNames("damaged pdf");
        yield return new TestCaseData("/tmp/a.xlsx", new byte[] { 0x50, 0x4B, 3, 4, 0, 0, 0, 1, 2 }, null, ParseErrors.UnsupportedFormat).SetArgDisplayNames("unsupported extension");
        yield return new TestCaseData("https://x.org/blob", new byte[] { 0, 1, 2, 3, 0, 5, 6 }, null, ParseErrors.UnsupportedFormat).SetArgDisplayNames("binary url");
        yield return new TestCaseData("/tmp/a.txt", new byte[] { 0x41, 0, 0x42, 0, 0x43 }, null, ParseErrors.BinaryText).SetArgDisplayNames("binary txt");
        yield return new TestCaseData("/tmp/a.txt", Encoding.ASCII.GetBytes("\n \n\t\n"), null, ParseErrors.TextNoContent).SetArgDisplayNames("blank txt");
        yield return new TestCaseData("/tmp/a.html", Encoding.ASCII.GetBytes("<html><body><nav><a href='/'>Home</a></nav><script>x()</script></body></html>"), null, ParseErrors.HtmlNoText).SetArgDisplayNames("html nav only");
    }

    [TestCaseSource(nameof(BadInputs))]
    public void Parse_BadInput_FailsWithNamedReason(string location, byte[] bytes, string? contentType, Diagnostic reason)
    {
        var result = Parser.Parse(Raw(location, bytes, contentType));

        Assert.Multiple(() =>
        {
            Assert.That(result.Status, Is.EqualTo(StageStatus.Failed));
            Assert.That(result.Reason, Is.EqualTo(reason));
        });
    }

    [Test]
    public void Parse_PdfCutAtAnyLength_NeverThrows()
    {
        var pdf = File.ReadAllBytes(Corpus.Path("fixtures", "pdf", "thematic-caseloads.pdf"));
        var outcomes = new List<StageStatus>();

        for (var cut = 16; cut < pdf.Length; cut += pdf.Length / 23)
        {
            outcomes.Add(Parser.Parse(Raw("/tmp/cut.pdf", pdf[..cut])).Status);
        }

        Assert.That(outcomes, Has.All.AnyOf(StageStatus.Ok, StageStatus.Failed));
    }

    [Test]
    public void Ctor_InvalidOptions_Throws() =>
        Assert.That(() => new DocumentParser(new ParsingOptions { MarginShare = 0.9 }), Throws.InstanceOf<ArgumentOutOfRangeException>());
}
