using System.Text;
using TextMiner.Core.Records;
using TextMiner.Core.Stages;
using TextMiner.TestSupport;

namespace TextMiner.Parsing.Tests;

/// <summary>
/// Issue 14 row 4: nesting deep enough to overflow a recursive walker (which kills the process: a stack overflow cannot
/// be caught) fails that one file as "too deeply nested", and the parser goes on with the next file.
/// The inputs are generated here; the timeout is only a guard, the bound is the parser's depth cap.
/// </summary>
[CancelAfter(60_000)]
public sealed class HostileNestingTests
{
    private const int HostileDepth = 200_000;

    private const int HostilePdfArrays = 300_000;

    private static readonly DocumentParser Parser = new();

    private static StageResult<Document> Parse(string location, byte[] bytes, string contentType) =>
        Parser.Parse(new RawDocument("hostile", location, bytes, contentType, DateTimeOffset.UnixEpoch));

    [Test]
    public void Parse_Html200000NestedDivs_FailsTooDeeplyNested()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", HostileDepth)) + "deep text"
            + string.Concat(Enumerable.Repeat("</div>", HostileDepth)) + "</body></html>";

        var result = Parse("https://example.org/deep.html", Encoding.UTF8.GetBytes(html), "text/html");

        Assert.Multiple(() =>
        {
            Assert.That(result.Status, Is.EqualTo(StageStatus.Failed));
            Assert.That(result.Reason, Is.EqualTo(ParseErrors.HtmlTooDeep));
        });
    }

    [Test]
    public void Parse_Html200000UnclosedSpans_FailsTooDeeplyNested()
    {
        var html = "<html><body><p>" + string.Concat(Enumerable.Repeat("<span>x ", HostileDepth)) + "</p></body></html>";

        var result = Parse("https://example.org/unclosed.html", Encoding.UTF8.GetBytes(html), "text/html");

        Assert.That(result.Reason, Is.EqualTo(ParseErrors.HtmlTooDeep));
    }

    [Test]
    public void Parse_HtmlNestedWithinTheCap_KeepsItsText()
    {
        const int depth = 400;
        var html = "<html><body><main>" + string.Concat(Enumerable.Repeat("<div>", depth)) + "<p>Text deep inside an old table layout.</p>"
            + string.Concat(Enumerable.Repeat("</div>", depth)) + "</main></body></html>";

        var result = Parse("https://example.org/nested.html", Encoding.UTF8.GetBytes(html), "text/html");

        Assert.That(result.Value?.Paragraphs.Select(p => p.Text), Is.EqualTo(new[] { "Text deep inside an old table layout." }), result.Reason?.ToString());
    }

    [Test]
    public void Parse_PdfCatalogWith300000NestedArrays_FailsTooDeeplyNested()
    {
        var result = Parse("/tmp/deep.pdf", DeepCatalogPdf(HostilePdfArrays), "application/pdf");

        Assert.Multiple(() =>
        {
            Assert.That(result.Status, Is.EqualTo(StageStatus.Failed));
            Assert.That(result.Reason, Is.EqualTo(ParseErrors.PdfTooDeep));
        });
    }

    [Test]
    public void Parse_AfterHostileFiles_NextFileStillParses()
    {
        _ = Parse("/tmp/deep.pdf", DeepCatalogPdf(HostilePdfArrays), "application/pdf");
        _ = Parse("https://example.org/deep.html", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("<div>", HostileDepth))), "text/html");

        var path = Corpus.Path("fixtures", "pdf", "inspection-london.pdf");
        var result = Parse(path, File.ReadAllBytes(path), "application/pdf");

        Assert.That(result.IsOk, Is.True, result.Reason?.ToString());
    }

    /// <summary>A one-page PDF whose catalog carries an entry of <paramref name="depth"/> nested arrays, with a correct xref.</summary>
    private static byte[] DeepCatalogPdf(int depth)
    {
        var objects = new[]
        {
            "<< /Type /Catalog /Pages 2 0 R /Deep " + new string('[', depth) + new string(']', depth) + " >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length 44 >>\nstream\nBT /F1 12 Tf 72 720 Td (Deep catalog) Tj ET\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        };
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(i + 1).Append(" 0 obj\n").Append(objects[i]).Append("\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append("xref\n0 ").Append(objects.Length + 1).Append("\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(offset.ToString("D10", System.Globalization.CultureInfo.InvariantCulture)).Append(" 00000 n \n");
        }

        pdf.Append("trailer\n<< /Size ").Append(objects.Length + 1).Append(" /Root 1 0 R >>\nstartxref\n").Append(xref).Append("\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }
}
