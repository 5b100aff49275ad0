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
            Assert.That(joined[findings.Figures[1].Evidence.Start..findings.Figures[1].Evidence.End], Is.EqualTo("42.3"));
        });
    }

    [Test]
    public void Extract_SupervisionAndLeaverColumns_CountPeopleSupervisedButNotLeavers()
    {
        var findings = TestDocuments.Extract("Area | People supervised | Leavers", "Northmere | 6,480 | 37", "Eastdale | 4,115 | 22");

        Assert.That(findings.Figures.Select(f => $"{f.Kind}={f.Value}"), Is.EqualTo(new[] { "people-supervised=6480", "people-supervised=4115" }));
    }

    [Test]
    public void Extract_CaseloadColumnInThousands_IsPeopleSupervised()
    {
        var findings = TestDocuments.Extract("Region | Caseload", "Northmere | 11,240", "Eastdale | 58");

        Assert.That(findings.Figures.Select(f => $"{f.Kind}={f.Value}"), Is.EqualTo(new[] { "people-supervised=11240", "caseload=58" }));
    }

    [Test]
    public void Extract_RegionTable_KeepsTheRowLabelAsSubject()
    {
        var findings = TestDocuments.Extract("Region | Vacancies", "London | 150", "Wales | 41");

        Assert.That(findings.Figures.Select(f => $"{f.Subject}:{f.Kind}={f.Value}"), Is.EqualTo(new[] { "London:vacancies=150", "Wales:vacancies=41" }));
    }

    [Test]
    public void Extract_JoinedTableWithPercentColumns_SplitsTheHeaderFromTheFirstLabel()
    {
        var findings = TestDocuments.Extract("Region | Vacancy rate | Average WMT London | 34% | 122% North East | 9% | 97%");

        Assert.That(findings.Figures.Select(f => $"{f.Subject}:{f.Kind}={f.Value}"),
            Is.EqualTo(new[] { "London:vacancy-rate=34", "London:workload=122", "North East:vacancy-rate=9", "North East:workload=97" }));
    }

    [Test]
    public void Extract_AnswerToACaseloadQuestion_TakesItsKindFromTheQuestion()
    {
        var findings = TestDocuments.Extract("How big is your caseload?", "“At the moment 58. It was lower last year.”");

        Assert.That(findings.Figures.Select(f => $"{f.Kind}={f.Value}"), Is.EqualTo(new[] { "caseload=58" }));
    }

    [Test]
    public void Extract_RateReferredToInTheNextParagraph_KeepsItsKind()
    {
        var findings = TestDocuments.Extract("Sickness absence across the service averaged 7.3 per cent.", "In Greater Manchester the rate hit 9.6%.");

        Assert.That(findings.Figures.Select(f => $"{f.Kind}={f.Value}"), Is.EqualTo(new[] { "sickness-absence=7.3", "sickness-absence=9.6" }));
    }

    [Test]
    public void Extract_MoneyTable_FindsNoFigures()
    {
        var findings = TestDocuments.Extract("Item | Budget | Spent", "Probation officers | £1,200,000 | £1,100,000");

        Assert.That(findings.Figures, Is.Empty);
    }
}
