using TextMiner.Parsing.Pdf;

namespace TextMiner.Parsing.Tests.Pdf;

public sealed class PdfHeadingDetectorTests
{
    private const double Body = 10;
    private const double FullWidth = 230;

    private static PdfTextLine Line(string text, double baseline, double size = Body, bool bold = false, double width = FullWidth, int block = 1) =>
        new(2, text, 56, 56 + width, baseline, baseline + size, size, bold, block, 56, 56 + FullWidth, false, 0, 842);

    private static bool[] Detect(params PdfTextLine[] lines) =>
        PdfHeadingDetector.Detect(lines, Body, bodyBold: false, new Dictionary<int, double> { [2] = FullWidth });

    [Test]
    public void Detect_ShortLargerLineBeforeBody_IsHeading()
    {
        var flags = Detect(Line("Key findings", 700, 14, bold: true, width: 80, block: 1), Line("Caseloads were high in every team we visited and", 680, block: 2), Line("staff said so.", 667, block: 2));

        Assert.That(flags, Is.EqualTo(new[] { true, false, false }));
    }

    [Test]
    public void Detect_BoldFullWidthFirstLineCarriedOnByBody_IsNotHeading()
    {
        var flags = Detect(Line("Face-to-face contact had recovered in most", 700, bold: true), Line("services after the disruption of earlier years.", 687));

        Assert.That(flags, Is.EqualTo(new[] { false, false }));
    }

    [Test]
    public void Detect_TwoLineStandfirstInLargerFace_IsNotHeading()
    {
        var flags = Detect(Line("Bail support was offered too late in most of the", 700, 12), Line("cases we inspected, and reasons were not recorded.", 685, 12));

        Assert.That(flags, Is.EqualTo(new[] { false, false }));
    }

    [Test]
    public void Detect_RunOfFourLargeLines_IsNotHeading()
    {
        var flags = Detect(
            Line("A display paragraph set large", 700, 14, width: 200),
            Line("over four lines that reads like", 683, 14, width: 200),
            Line("an introduction rather than a", 666, 14, width: 200),
            Line("title for the section below", 649, 14, width: 200),
            Line("Body text follows here.", 620, block: 2));

        Assert.That(flags.Take(4), Has.All.False);
    }

    [Test]
    public void Detect_TitleWrappedOverTwoLines_BothAreHeading()
    {
        var flags = Detect(Line("Supervision in the community: what our", 700, 24, bold: true), Line("inspections found this year", 670, 24, bold: true, width: 150), Line("An inspection digest", 640, 14, width: 120, block: 2));

        Assert.That(flags.Take(2), Has.All.True);
    }
}
