using System.Globalization;

namespace TextMiner.Extraction.Tests.Figures;

/// <summary>
/// Staff-in-post tables in the layouts parliamentary answers and workforce statistics come in once flattened to text:
/// years, dates or grades as columns, regions or dates as rows, a caption, question or header naming the kind, units
/// (headcount, FTE) and change columns. All tables here are invented.
/// </summary>
public sealed class StaffingTableLayoutTests
{
    private static IEnumerable<string> Cells(params string[] paragraphs) =>
        TestDocuments.Extract(paragraphs).Figures.Select(f => $"{f.Subject}: {f.Kind}={f.Value.ToString(CultureInfo.InvariantCulture)}");

    [Test]
    public void Extract_YearColumnsInOneParagraph_TakeTheKindOfTheIntroduction()
    {
        var cells = Cells(
            "The following table shows the number of Band 4 Probation Officers (FTE) in post by region as at 31 March in each year.",
            "Region 2021 2022 2023 Eastmarch 322 318 341 Greater Halton 401 395 410 Kent and the Downs 377 380 362");

        Assert.That(cells, Is.EqualTo(new[]
        {
            "Eastmarch: staff-in-post=322", "Eastmarch: staff-in-post=318", "Eastmarch: staff-in-post=341",
            "Greater Halton: staff-in-post=401", "Greater Halton: staff-in-post=395", "Greater Halton: staff-in-post=410",
            "Kent and the Downs: staff-in-post=377", "Kent and the Downs: staff-in-post=380", "Kent and the Downs: staff-in-post=362",
        }));
    }

    [Test]
    public void Extract_DateColumnsThenAChangeColumn_LeaveTheChangeOut()
    {
        var cells = Cells(
            "The table shows full-time equivalent probation officers in post, by probation region.",
            "Probation region 31 March 2022 31 March 2023 Change Eastmarch 322 341 19 Greater Halton 401 410 9");

        Assert.That(cells, Is.EqualTo(new[]
        {
            "Eastmarch: staff-in-post=322", "Eastmarch: staff-in-post=341", "Greater Halton: staff-in-post=401", "Greater Halton: staff-in-post=410",
        }));
    }

    [Test]
    public void Extract_HeadcountAndFteColumns_AreBothStaffInPost()
    {
        var cells = Cells(
            "Probation staff by region, 30 September 2023",
            "Region Headcount FTE East Wold 1,204 1,120.5 Lowport 2,877 2,701.3");

        Assert.That(cells, Is.EqualTo(new[]
        {
            "East Wold: staff-in-post=1204", "East Wold: staff-in-post=1120.5", "Lowport: staff-in-post=2877", "Lowport: staff-in-post=2701.3",
        }));
    }

    [Test]
    public void Extract_HeaderOfKindsRightBeforeTheFirstLabel_SplitsHeaderFromLabel()
    {
        var cells = Cells(
            "Figures on officer numbers by region are shown below.",
            "Region In post Target Vacancies Northshire 412 460 48 Southmoor 377 410 33");

        Assert.That(cells, Is.EqualTo(new[]
        {
            "Northshire: staff-in-post=412", "Northshire: staff-required=460", "Northshire: vacancies=48",
            "Southmoor: staff-in-post=377", "Southmoor: staff-required=410", "Southmoor: vacancies=33",
        }));
    }

    [Test]
    public void Extract_GradeColumns_TakeTheCaptionKindAndRowsKeepTheirOwnLabels()
    {
        var cells = Cells(
            "The table below sets out the number of staff in post (FTE) by grade at 31 March 2023.",
            "Region Probation Officers Probation Services Officers North Fell 560.2 701.4 South Fell 688.0 812.6");

        Assert.That(cells, Is.EqualTo(new[]
        {
            "North Fell: staff-in-post=560.2", "North Fell: staff-in-post=701.4", "South Fell: staff-in-post=688", "South Fell: staff-in-post=812.6",
        }));
    }

    [Test]
    public void Extract_GradeRowsInOneParagraph_KeepTheGradeInTheLabel()
    {
        var cells = Cells(
            "Table 3: Probation Service headcount by grade",
            "Grade 2022 2023 Band 3 Probation Services Officer 5,102 5,640 Band 4 Probation Officer 4,388 4,291");

        Assert.That(cells, Is.EqualTo(new[]
        {
            "Band 3 Probation Services Officer: staff-in-post=5102", "Band 3 Probation Services Officer: staff-in-post=5640",
            "Band 4 Probation Officer: staff-in-post=4388", "Band 4 Probation Officer: staff-in-post=4291",
        }));
    }

    [Test]
    public void Extract_RowsLabelledByYear_AreReadAsRows()
    {
        var cells = Cells(
            "Number of probation officers (FTE) in post in England and Wales, 2019 to 2021",
            "Year Probation officers Probation services officers 2019 3,410 5,900 2020 3,602 6,012 2021 3,788 6,340");

        Assert.That(cells, Is.EqualTo(new[]
        {
            "2019: staff-in-post=3410", "2019: staff-in-post=5900", "2020: staff-in-post=3602", "2020: staff-in-post=6012",
            "2021: staff-in-post=3788", "2021: staff-in-post=6340",
        }));
    }

    [Test]
    public void Extract_RowsLabelledByYearOnePerParagraph_AreReadAsRows()
    {
        var cells = Cells("Number of probation officers (FTE) in post in England and Wales", "2019 3,410", "2020 3,602", "2021 3,788");

        Assert.That(cells, Is.EqualTo(new[] { "2019: staff-in-post=3410", "2020: staff-in-post=3602", "2021: staff-in-post=3788" }));
    }

    [Test]
    public void Extract_BulletedListUnderACaption_IsOneFigurePerRegion()
    {
        var inOneParagraph = Cells("Staff in post (FTE) by probation region, 30 September 2023", "- Eastmarch: 1,205 - Lowport: 2,340 - North Fell: 810");
        var onePerParagraph = Cells("Table 2: Probation officers in post (FTE) by region", "- Eastmarch: 1,205", "- Lowport: 2,340", "- North Fell: 810");

        var expected = new[] { "Eastmarch: staff-in-post=1205", "Lowport: staff-in-post=2340", "North Fell: staff-in-post=810" };
        Assert.Multiple(() =>
        {
            Assert.That(inOneParagraph, Is.EqualTo(expected));
            Assert.That(onePerParagraph, Is.EqualTo(expected));
        });
    }

    [Test]
    public void Extract_QuestionThenBareRows_TakeTheKindTheQuestionAsks()
    {
        var cells = Cells(
            "How many band 4 probation officers were employed by the Probation Service in each region?",
            "Eastmarch 322 Greater Halton 401 North Fell 215");

        Assert.That(cells, Is.EqualTo(new[] { "Eastmarch: staff-in-post=322", "Greater Halton: staff-in-post=401", "North Fell: staff-in-post=215" }));
    }

    [Test]
    public void Extract_MarkdownTableJoinedIntoOneParagraph_SkipsTheRuleRow()
    {
        var cells = Cells("Probation Service staff in post, 31 March 2023", "| Region | Headcount | FTE | | --- | --- | --- | | North Fell | 2,015 | 1,903.8 | | Lowport | 1,110 | 1,044.2 |");

        Assert.That(cells, Is.EqualTo(new[]
        {
            "North Fell: staff-in-post=2015", "North Fell: staff-in-post=1903.8", "Lowport: staff-in-post=1110", "Lowport: staff-in-post=1044.2",
        }));
    }

    [Test]
    public void Extract_PrisonRowsOfAWorkforceTable_AreNotProbationFigures()
    {
        var cells = Cells(
            "HMPPS staff in post (FTE) by function, 31 December 2023",
            "Function 31 December 2022 31 December 2023 Public Sector Prisons 33,100 34,286 Probation Service 18,100 18,602");

        Assert.That(cells, Is.EqualTo(new[] { "Probation Service: staff-in-post=18100", "Probation Service: staff-in-post=18602" }));
    }

    [Test]
    public void Extract_TablesOfOtherMeasures_GiveNoFigures()
    {
        var figures = TestDocuments.Extract(
            "The table below shows probation spending by region (£ million).",
            "Region 2022 2023 Eastmarch 32 34 Greater Halton 41 42",
            "The table below shows the number of offices by region.",
            "Region 2022 2023 Northshire 4 3 Southmoor 7 7",
            "Region Leavers Joiners Northshire 41 52 Southmoor 37 39").Figures;

        Assert.That(figures, Is.Empty);
    }

    /// <summary>Staffing sentences of statistics releases and parliamentary answers → expected figures as "kind=value", in order.</summary>
    private static readonly TestCaseData[] Sentences =
    [
        new("At 30 June 2024 there were 3,480 FTE band 4 probation officers in post and 5,115 FTE band 3 PSOs.", new[] { "staff-in-post=3480", "staff-in-post=5115" }),
        new("Alongside them there were 5,115 FTE band 3 PSOs and 1,020 FTE senior probation officers.", new[] { "staff-in-post=5115", "staff-in-post=1020" }),
        new("There are now 4,410 qualified probation officers, compared with 3,990 in 2021.", new[] { "staff-in-post=4410", "staff-in-post=3990" }),
        new("There were 3,112 full-time equivalent probation officers in England and Wales at 31 March 2022, compared with 2,870 a year earlier.", new[] { "staff-in-post=3112", "staff-in-post=2870" }),
        new("Probation officer numbers have risen to 4,100, the highest level for years.", new[] { "staff-in-post=4100" }),
        new("Some 2,300 probation services officers are currently employed in the two regions.", new[] { "staff-in-post=2300" }),
        new("Eastmarch has 301 probation officers and needs 340.", new[] { "staff-in-post=301", "staff-required=340" }),
        new("Within the total, 12,100 FTE were in prisons, 9,400 FTE were staff in the Probation Service and 1,050 FTE were in the Youth Custody Service.", new[] { "staff-in-post=9400" }),
    ];

    [TestCaseSource(nameof(Sentences))]
    public void Extract_StaffingSentence_FindsEachFigure(string paragraph, string[] expected)
    {
        var figures = TestDocuments.Extract(paragraph).Figures;

        Assert.That(figures.Select(f => $"{f.Kind}={f.Value.ToString(CultureInfo.InvariantCulture)}"), Is.EqualTo(expected));
    }
}
