using TextMiner.Parsing.Pdf;

namespace TextMiner.Parsing.Tests.Pdf;

public sealed class RunningLineFilterTests
{
    private static PdfTextLine Line(int page, string text, double baseline) =>
        new(page, text, 56, 300, baseline, baseline + 10, 10, false, page * 100, 56, 540, false, 0, 842);

    [Test]
    public void Filter_RepeatedMarginLinesAndPageNumbers_Removed()
    {
        List<PdfTextLine> lines = [];
        for (var page = 1; page <= 5; page++)
        {
            lines.Add(Line(page, "Inspection of probation services: London", 810));
            lines.Add(Line(page, $"Body text on page {page} in the middle.", 400));
            lines.Add(Line(page, page.ToString(System.Globalization.CultureInfo.InvariantCulture), 30));
        }

        lines.Add(Line(5, "Page 5 of 5", 20));
        lines.Add(Line(3, "A heading only on page three", 800));

        var kept = RunningLineFilter.Filter(lines, 5, ParsingOptions.Default, out var removed);

        Assert.Multiple(() =>
        {
            Assert.That(kept.Select(l => l.Text), Has.All.StartsWith("Body text").Or.EqualTo("A heading only on page three"));
            Assert.That(kept, Has.Count.EqualTo(6));
            Assert.That(removed, Is.EqualTo(11));
        });
    }

    [Test]
    public void Filter_NumberInBodyOfPage_Kept()
    {
        var kept = RunningLineFilter.Filter([Line(1, "42", 400), Line(2, "42", 400)], 2, ParsingOptions.Default, out _);

        Assert.That(kept, Has.Count.EqualTo(2));
    }

    private static PdfTextLine Sized(string text, double baseline, double size) =>
        new(1, text, 56, 300, baseline, baseline + size, size, false, 1, 56, 540, false, 0, 842);

    [Test]
    public void Filter_OnePageDocumentSmallLineAboveAllText_RemovedAsRunningHeader()
    {
        List<PdfTextLine> lines =
        [
            Sized("Probation inspection digest: supervision", 806, 8),
            Sized("A title in large type", 770, 18),
            Sized("Body text of the only page, long enough to set the body size.", 700, 10),
            Sized("More body text of the only page, also at the body size.", 687, 10),
        ];

        var kept = RunningLineFilter.Filter(lines, 1, ParsingOptions.Default, out var removed);

        Assert.Multiple(() =>
        {
            Assert.That(kept.Select(l => l.Text), Does.Not.Contain("Probation inspection digest: supervision"));
            Assert.That(removed, Is.EqualTo(1));
        });
    }

    [Test]
    public void Filter_SmallDateLineAtTheTop_Kept()
    {
        List<PdfTextLine> lines =
        [
            Sized("Published 3 October 2024", 806, 8),
            Sized("Body text of the only page, long enough to set the body size.", 700, 10),
        ];

        Assert.That(RunningLineFilter.Filter(lines, 1, ParsingOptions.Default, out _), Has.Count.EqualTo(2));
    }
}
