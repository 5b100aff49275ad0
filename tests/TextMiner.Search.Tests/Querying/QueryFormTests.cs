using static TextMiner.Search.Tests.TestDocuments;

namespace TextMiner.Search.Tests.Querying;

public sealed class QueryFormTests : SearchIndexFixture
{
    private static readonly string[] Everything = [LondonNapo, WorkloadArticle, NapoMagazine, LondonHmip, SuffolkNapo, Kent, NapoPay, Victims];

    public static IEnumerable<TestCaseData> Cases()
    {
        yield return Case("term", "victims", Unit.Document, [LondonNapo, WorkloadArticle, LondonHmip, Victims], [SuffolkNapo, NapoMagazine]);
        yield return Case("stemmed term", "victim", Unit.Document, [LondonNapo, LondonHmip, Victims], [SuffolkNapo, NapoMagazine]);
        yield return Case("phrase", "\"Victim Contact Scheme\"", Unit.Document, [LondonHmip], [LondonNapo, Victims]);
        yield return Case("AND", "Worboys AND victims", Unit.Document, [LondonNapo, LondonHmip], [Victims, WorkloadArticle]);
        yield return Case("bare terms are ANDed", "Worboys victims", Unit.Document, [LondonNapo, LondonHmip], [Victims, WorkloadArticle]);
        yield return Case("OR", "Sodexo OR Lomas", Unit.Document, [SuffolkNapo, NapoMagazine], [LondonNapo]);
        yield return Case("NOT", "probation NOT Sodexo", Unit.Document, [LondonNapo], [SuffolkNapo]);
        yield return Case("+ and -", "+workloads -London", Unit.Document, [WorkloadArticle, SuffolkNapo], [LondonNapo, NapoMagazine, LondonHmip]);
        yield return Case("only exclusions", "-Sodexo", Unit.Document, [LondonNapo, Kent], [SuffolkNapo]);
        yield return Case("trailing wildcard", "Sodex*", Unit.Document, [SuffolkNapo], [LondonNapo]);
        yield return Case("wildcard over a stem", "rehabilitat*", Unit.Document, [WorkloadArticle, SuffolkNapo], [NapoMagazine]);
        yield return Case("single-character wildcard", "Lom?s", Unit.Document, [NapoMagazine], [SuffolkNapo]);
        yield return Case("proximity", "\"victims crime\"~5", Unit.Paragraph, [LondonHmip], [Kent]);
        yield return Case("exact phrase needs adjacent words", "\"victims crime\"", Unit.Paragraph, [], [LondonHmip, LondonNapo]);
        yield return Case("field source", "source:napo", Unit.Document, [LondonNapo, SuffolkNapo, NapoPay], [LondonHmip, NapoMagazine]);
        yield return Case("field title", "title:Suffolk", Unit.Document, [SuffolkNapo], [NapoMagazine]);
        yield return Case("field kind", "kind:inspection-report", Unit.Document, [Kent], [LondonHmip]);
        yield return Case("field theme", "theme:staffing", Unit.Document, [WorkloadArticle, Kent], [LondonHmip]);
        yield return Case("field rating", "rating:\"Requires improvement\"", Unit.Document, [LondonHmip, Kent], [Victims]);
        yield return Case("field figure", "figure:caseload", Unit.Paragraph, [Kent], [WorkloadArticle]);
        yield return Case("field heading", "heading:staffing", Unit.Paragraph, [Kent], [NapoPay]);
        yield return Case("field speaker", "speaker:stacey", Unit.Quote, [LondonHmip, Victims], [Kent, NapoPay]);
        yield return Case("field organisation", "organisation:napo", Unit.Quote, [NapoPay], [Kent]);
        yield return Case("date range", "published:[2019-01-01 TO 2020-12-31]", Unit.Document, [LondonNapo, WorkloadArticle, LondonHmip, Kent], [SuffolkNapo, NapoMagazine, NapoPay, Victims]);
        yield return Case("date range of years", "published:[2019 TO 2020]", Unit.Document, [LondonNapo, WorkloadArticle, LondonHmip, Kent], [SuffolkNapo, NapoPay]);
        yield return Case("open date range", "published:[2021-01-01 TO *]", Unit.Document, [NapoPay, NapoMagazine], [Kent, LondonHmip]);
        yield return Case("exclusive date range", "published:{2019-05-22 TO 2020-03-10}", Unit.Document, [WorkloadArticle], [LondonHmip, Kent]);
        yield return Case("one year", "published:2017", Unit.Document, [SuffolkNapo], [LondonNapo, Kent]);
        yield return Case("one day", "published:2019-05-22", Unit.Document, [LondonNapo, LondonHmip], [WorkloadArticle]);
        yield return Case("year field", "year:2021", Unit.Document, [NapoPay], [Kent]);
        yield return Case("grouping", "(Sodexo OR Lomas) AND source:napo", Unit.Document, [SuffolkNapo], [NapoMagazine]);
        yield return Case("match all", "*:*", Unit.Document, Everything, []);
        yield return Case("empty query", "", Unit.Document, Everything, []);
        yield return Case("quote unit by topic", "workloads", Unit.Quote, [Kent, NapoPay], [LondonHmip]);
    }

    [TestCaseSource(nameof(Cases))]
    public void Search_QueryForm_FindsWhatItShould(string query, Unit unit, string[] included, string[] excluded)
    {
        var found = DocumentIds(Search(query, unit));

        Assert.Multiple(() =>
        {
            Assert.That(found, Is.SupersetOf(included), query);
            Assert.That(found.Intersect(excluded), Is.Empty, query);
        });
    }

    [Test]
    public void Search_ParagraphUnit_ReturnsParagraphsWithPlace()
    {
        var hit = Search("MAPPA", Unit.Paragraph).Hits.Single();

        Assert.Multiple(() =>
        {
            Assert.That(hit.Id, Is.EqualTo("kent#p3"));
            Assert.That(hit.Unit, Is.EqualTo(Unit.Paragraph));
            Assert.That(hit.Paragraph, Is.EqualTo(3));
            Assert.That(hit.Page, Is.EqualTo(4));
            Assert.That(hit.Heading, Is.EqualTo("Staffing"));
            Assert.That(hit.Location, Is.EqualTo("https://example.org/hmip/kent"));
            Assert.That(hit.Themes, Is.EqualTo(new[] { "public-protection" }));
            Assert.That(hit.Score, Is.GreaterThan(0f));
        });
    }

    [Test]
    public void Search_QuoteUnit_ReturnsSpeakerRoleOrganisationAndText()
    {
        var hit = Search("deserve", Unit.Quote).Hits.Single();

        Assert.Multiple(() =>
        {
            Assert.That(hit.Speaker, Is.EqualTo("Glenys Stacey"));
            Assert.That(hit.Role, Is.EqualTo("Chief Inspector of Probation"));
            Assert.That(hit.Organisation, Is.EqualTo("HM Inspectorate of Probation"));
            Assert.That(hit.QuoteText, Does.StartWith("Victims deserve better"));
            Assert.That(hit.Themes, Is.EqualTo(new[] { "victim-contact" }), "a quote without themes takes its paragraph's");
            Assert.That(hit.Published, Is.EqualTo(new DateOnly(2018, 11, 5)));
        });
    }

    [Test]
    public void Search_DocumentUnit_TitleMatchRanksFirst()
    {
        var hits = Search("Suffolk").Hits;

        Assert.That(hits[0].DocumentId, Is.EqualTo(SuffolkNapo));
    }

    private static TestCaseData Case(string name, string query, Unit unit, string[] included, string[] excluded) =>
        new TestCaseData(query, unit, included, excluded).SetName($"Search_{name.Replace(' ', '_')}_FindsWhatItShould");
}
