using TextMiner.Core.Stages;
using TextMiner.Pipeline.Reporting;

namespace TextMiner.Pipeline.Tests.Reporting;

public sealed class DiagnosticTallyTests
{
    [Test]
    public void ToLines_CodeReportedForManyFiles_CountsEachFileOnceAndNamesTheFirstFew()
    {
        var tally = new DiagnosticTally();
        foreach (var file in new[] { "a.html", "b.html", "c.html", "d.html", "e.html" })
        {
            tally.Add(file, [Diagnostic.Info("published-missing", "no published date found")]);
        }

        tally.Add("f.pdf", [Diagnostic.Warning("pdf-page-unreadable", "page 2"), Diagnostic.Warning("pdf-page-unreadable", "page 5")]);
        tally.Add("g.txt", []);

        Assert.That(tally.ToLines(), Is.EqualTo(new[]
        {
            "diagnostics:",
            "  pdf-page-unreadable: 1 (f.pdf)",
            "  published-missing: 5 (a.html, b.html, c.html and 2 more)",
        }));
    }

    [Test]
    public void ToLines_NothingReported_IsEmpty()
    {
        var tally = new DiagnosticTally();
        tally.Add("a.html", []);

        Assert.Multiple(() =>
        {
            Assert.That(tally.IsEmpty, Is.True);
            Assert.That(tally.ToLines(), Is.Empty);
        });
    }
}
