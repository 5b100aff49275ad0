using System.Globalization;

namespace TextMiner.Extraction.Tests.Figures;

/// <summary>Tables whose caption, question or introduction names the kind, with dates or grades as column headers.</summary>
public sealed class CaptionedTableTests
{
    private static IEnumerable<string> Cells(params string[] paragraphs) =>
        TestDocuments.Extract(paragraphs).Figures.Select(f => $"{f.Subject}: {f.Kind}={f.Value.ToString(CultureInfo.InvariantCulture)}");

    [Test]
    public void Extract_RowsUnderDateHeader_TakeTheKindTheIntroductionNames()
    {
        var cells = Cells(
            "The table below shows the number of Probation Officers (FTE) in post, by region, at 31 March 2022 and 31 March 2023.",
            "Region 31 March 2022 31 March 2023",
            "Northshire 412 398",
            "Southmoor 1,377 1,391",
            "Total 1,789 1,789");

        Assert.That(cells, Is.EqualTo(new[]
        {
            "Northshire: staff-in-post=412", "Northshire: staff-in-post=398", "Southmoor: staff-in-post=1377",
            "Southmoor: staff-in-post=1391", "Total: staff-in-post=1789", "Total: staff-in-post=1789",
        }));
    }

    [Test]
    public void Extract_GradeLabelsHoldingNumbers_KeepTheGradeInTheLabel()
    {
        var cells = Cells("Table 3: Probation Service headcount by grade", "Grade 2022 2023", "Band 3 Probation Services Officer 5,102 5,640", "Band 4 Probation Officer 4,388 4,291");

        Assert.That(cells, Is.EqualTo(new[]
        {
            "Band 3 Probation Services Officer: staff-in-post=5102", "Band 3 Probation Services Officer: staff-in-post=5640",
            "Band 4 Probation Officer: staff-in-post=4388", "Band 4 Probation Officer: staff-in-post=4291",
        }));
    }

    [Test]
    public void Extract_QuestionSeveralParagraphsAbove_IntroducesTheTableAndSkipsEmptyCells()
    {
        var cells = Cells(
            "To ask the Secretary of State for Justice, how many probation officers and probation services officers were employed in each probation region.",
            "Answered by",
            "Lena Marsh",
            "The information requested is set out below. Figures are full-time equivalent.",
            "Region Probation Officers Probation Services Officers",
            "Northshire 210.5 180",
            "Southmoor 301 -");

        Assert.That(cells, Is.EqualTo(new[] { "Northshire: staff-in-post=210.5", "Northshire: staff-in-post=180", "Southmoor: staff-in-post=301" }));
    }

    [Test]
    public void Extract_WholeTableInOneParagraph_SkipsItsDateHeader()
    {
        var cells = Cells("Staff in post by region, FTE Region 2022 2023 Northshire 210 220 Southmoor 300 310");

        Assert.That(cells, Is.EqualTo(new[]
        {
            "Northshire: staff-in-post=210", "Northshire: staff-in-post=220", "Southmoor: staff-in-post=300", "Southmoor: staff-in-post=310",
        }));
    }

    [TestCase("The table below shows the number of offices in each region.")]
    [TestCase("The table below shows probation staff pay by region.")]
    [TestCase("The table below shows the number of probation officers who left the service, by region.")]
    [TestCase("The table below shows the average number of sickness days lost by probation staff.")]
    public void Extract_TableOfSomethingElse_FindsNoFigures(string caption)
    {
        Assert.That(Cells(caption, "Region 2022 2023", "Northshire 21 22", "Southmoor 30 31"), Is.Empty);
    }

    [Test]
    public void Extract_RowsFarBelowTheCaption_AreNotReadAsItsTable()
    {
        const string prose = "The service has worked hard over the year to improve the quality of its work with people on probation.";

        Assert.That(Cells("The table shows staff in post by region.", prose, prose, prose, prose, "Northshire 21 22", "Southmoor 30 31"), Is.Empty);
    }

    [Test]
    public void Extract_PercentagesInATableOfCounts_AreShares()
    {
        Assert.That(Cells("Staff in post (FTE) by region", "Region FTE Share", "Northshire 210 12%", "Southmoor 300 18%"), Is.EqualTo(new[]
        {
            "Northshire: staff-in-post=210", "Southmoor: staff-in-post=300",
        }));
    }

    [Test]
    public void Extract_PipeTableUnderACaption_TakesTheCaptionKindForEveryNumberCell()
    {
        var cells = Cells(
            "Table 2: Probation Service staff in post by region (FTE)",
            "| Region | 31 March 2022 | 31 March 2023 |",
            "| Northshire | 412 | 398 |",
            "| Southmoor | 1,377 | 7% |");

        Assert.That(cells, Is.EqualTo(new[] { "Northshire: staff-in-post=412", "Northshire: staff-in-post=398", "Southmoor: staff-in-post=1377" }));
    }

    [Test]
    public void Extract_PipeTableWithoutACaption_FindsNoFigures()
    {
        Assert.That(Cells("Offices", "| Region | 2022 | 2023 |", "| Northshire | 4 | 3 |", "| Southmoor | 7 | 7 |"), Is.Empty);
    }
}
