using System.Diagnostics;
using TextMiner.Core.Records;
using TextMiner.Evaluation.Parsing;

namespace TextMiner.Parsing.Tests.Pdf;

public sealed class PdfThroughputTests
{
    /// <summary>Prints pages per second on a generated long report; measures, never asserts a time.</summary>
    [Test]
    [Explicit("measurement")]
    public void Parse_LongReport_PrintsThroughput()
    {
        var pdf = InspectionReportFixtures.LongReport(sections: 12);
        var parser = new DocumentParser();
        parser.Parse(new RawDocument("t", "/tmp/warm.pdf", InspectionReportFixtures.London().Pdf, null, DateTimeOffset.UnixEpoch));

        var watch = Stopwatch.StartNew();
        var document = parser.Parse(new RawDocument("t", "/tmp/long.pdf", pdf, null, DateTimeOffset.UnixEpoch)).Value!;
        watch.Stop();

        var pages = document.Paragraphs.Max(p => p.Page ?? 0);
        var recall = ParseQualityEvaluator.WordRecall([.. document.Paragraphs.Select(p => p.Text)], [.. document.Paragraphs.Select(p => p.Text)]);
        TestContext.Out.WriteLine($"{pages} pages, {document.Paragraphs.Count} paragraphs in {watch.ElapsedMilliseconds} ms: {pages / watch.Elapsed.TotalSeconds:0.0} pages/s");
        Assert.That(recall, Is.EqualTo(1.0));
    }
}
