using System.Diagnostics;
using System.Text;
using TextMiner.Core.Records;
using TextMiner.TestSupport;

namespace TextMiner.Parsing.Tests.Html;

public sealed class HtmlThroughputTests
{
    /// <summary>Prints parse time for a large page (the press release body repeated); measures, never asserts a time.</summary>
    [Test]
    [Explicit("measurement")]
    public void Parse_LargePage_PrintsTime()
    {
        var html = File.ReadAllText(Corpus.Path("fixtures", "html", "hmip-legacy-press-release.html"));
        var start = html.IndexOf("<div class=\"entry-content\">", StringComparison.Ordinal);
        var end = html.IndexOf("</article>", StringComparison.Ordinal);
        var body = html[start..end];
        var big = new StringBuilder(html[..start]);
        for (var i = 0; i < 100; i++)
        {
            big.Append(body).Append("<ul class='related'><li><a href='#'>Link one</a></li><li><a href='#'>Link two</a></li></ul>");
        }

        big.Append(html[end..]);
        var bytes = Encoding.UTF8.GetBytes(big.ToString());
        var parser = new DocumentParser();
        parser.Parse(new RawDocument("t", "https://x.org/warm.html", bytes, "text/html", DateTimeOffset.UnixEpoch));

        var watch = Stopwatch.StartNew();
        var document = parser.Parse(new RawDocument("t", "https://x.org/big.html", bytes, "text/html", DateTimeOffset.UnixEpoch)).Value!;
        watch.Stop();

        TestContext.Out.WriteLine($"{bytes.Length / 1024} KiB, {document.Paragraphs.Count} paragraphs in {watch.ElapsedMilliseconds} ms");
        Assert.That(document.Paragraphs, Has.Count.GreaterThan(100));
    }
}
