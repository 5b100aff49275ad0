namespace TextMiner.Extraction.Tests.Figures;

public sealed class FigureTableTests
{
    [Test]
    public void Extract_TableRowsAsParagraphs_ReadsEachCellByItsColumn()
    {
        var findings = TestDocuments.Extract("Grade | Target | In post", "Probation officers | 58 | 42.3", "Probation services officers | 49 | 44.0");

        Assert.That(findings.Figures.Select(f => $"{f.Kind}={f.Value}"),
            Is.EqualTo(new[] { "staff-required=58", "staff-in-post=42.3", "staff-required=49", "staff-in-post=44" }));
    }

    [Test]
    public void Extract_TableRowsJoinedIntoOneParagraph_ReadsEachRow()
    {
        const string joined = "Grade | Target | In post Probation officers in post | 58 | 42.3 Senior probation officers | 9 | 8.0";

        var findings = TestDocuments.Extract(joined);

        Assert.Multiple(() =>
        {
            Assert.That(findings.Figures.Select(f => $"{f.Kind}={f.Value}"),
                Is.EqualTo(new[] { "staff-required=58", "staff-in-post=42.3", "staff-required=9", "staff-in-post=8" }));
            Assert.That(joined[findings.Figures[1].Start..findings.Figures[1].End], Is.EqualTo("42.3"));
        });
    }

    [Test]
    public void Extract_RegionTable_KeepsTheRowLabelAsSubject()
    {
        var findings = TestDocuments.Extract("Region | Vacancies", "London | 150", "Wales | 41");

        Assert.That(findings.Figures.Select(f => $"{f.Subject}:{f.Kind}={f.Value}"), Is.EqualTo(new[] { "London:vacancies=150", "Wales:vacancies=41" }));
    }

    [Test]
    public void Extract_MoneyTable_FindsNoFigures()
    {
        var findings = TestDocuments.Extract("Item | Budget | Spent", "Probation officers | £1,200,000 | £1,100,000");

        Assert.That(findings.Figures, Is.Empty);
    }
}
