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
}
