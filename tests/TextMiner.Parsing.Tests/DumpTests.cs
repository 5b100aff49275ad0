using System.Text;
using TextMiner.Core.Records;
using TextMiner.Parsing.Tests.Pdf;

namespace TextMiner.Parsing.Tests;

public sealed class DumpTests
{
    [Test]
    [Explicit("debug")]
    public void Dump()
    {
        var sb = new StringBuilder();
        foreach (var (name, pdf, _) in InspectionReportFixtures.All())
        {
            File.WriteAllBytes($"/tmp/{name}.pdf", pdf);
            var result = new DocumentParser().Parse(new RawDocument("t", $"/tmp/{name}.pdf", pdf, null, DateTimeOffset.UnixEpoch));
            sb.AppendLine($"== {name} {result.Status} {result.Reason} {result.Value?.Title} {result.Value?.Published} {result.Value?.Kind}");
            foreach (var d in result.Diagnostics) sb.AppendLine("  diag " + d);
            foreach (var p in result.Value?.Paragraphs ?? []) sb.AppendLine($"[{p.Index} p{p.Page} h={p.Heading}] {p.Text}");
        }

        File.WriteAllText("/tmp/dump.txt", sb.ToString());
        Assert.Pass();
    }
}
