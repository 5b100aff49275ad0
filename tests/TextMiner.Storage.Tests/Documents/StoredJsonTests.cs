using TextMiner.Core.Records;
using TextMiner.Storage.Json;
using TextMiner.TestSupport;

namespace TextMiner.Storage.Tests.Documents;

/// <summary>The JSON columns are read by other tools (sqlite3, exports), so their shape is the extract contract's.</summary>
public sealed class StoredJsonTests
{
    [Test]
    public async Task SaveAsync_Themes_StoredAsLabelScoreJson()
    {
        using var directory = new TempDirectory();
        await using var store = await StoreFixture.OpenAsync(directory);
        await store.SaveAsync(TestDocuments.Hmip(), CancellationToken.None);

        var themes = await StoreFixture.StringsAsync(store.DatabasePath, "SELECT themes FROM documents");
        var quoteThemes = await StoreFixture.StringsAsync(store.DatabasePath, "SELECT themes FROM quotes ORDER BY ordinal");

        Assert.That(themes, Is.EqualTo(new[] { """[{"label":"victim-contact","score":0.93},{"label":"staffing","score":0.7123456789012345}]""" }));
        Assert.That(quoteThemes, Is.EqualTo(new[] { """[{"label":"victim-contact","score":0.91}]""", "[]" }));
    }

    [Test]
    public async Task SaveAsync_NewVersion_HistoryFindingsUseContractFieldNames()
    {
        using var directory = new TempDirectory();
        await using var store = await StoreFixture.OpenAsync(directory);
        var (first, second) = UpdateTests.TwoVersions();
        await store.SaveAsync(first, CancellationToken.None);
        await store.SaveAsync(second, CancellationToken.None);

        var findings = (await StoreFixture.StringsAsync(store.DatabasePath, "SELECT findings FROM document_versions")).Single();

        Assert.That(findings, Does.StartWith("""{"ratings":[{"value":"Requires improvement","aspect":"overall","subject":"London division of the NPS","evidence":"""));
        Assert.That(findings, Does.Contain("‘Requires improvement’ – the second lowest"));
        Assert.That(findings, Does.Contain(""","figures":[{"kind":"vacancies","value":150,""").And.Contain("\"quotes\":[{\"speaker\":\"Glenys Stacey\",\"role\":\"Chief Inspector of Probation\","));
    }

    [Test]
    public void FindingsOf_HistoryWrittenBeforeEvidenceRecord_ReadsTheSameFindings()
    {
        // The shape the serializer wrote when Rating, Figure and Quote held Paragraph, Start and End themselves.
        const string Stored = """
            {"ratings":[{"value":"Good","aspect":"overall","subject":null,"evidence":"rated Good","paragraph":3,"start":6,"end":10,"rule":"ratings.overall.rated-as","confidence":0.9}],
             "figures":[{"kind":"vacancies","value":150,"subject":"London division","evidence":"150 vacancies","paragraph":9,"start":0,"end":13,"rule":"","confidence":1}],
             "quotes":[{"speaker":"Ann Example","role":null,"organisation":null,"text":"Too many cases","paragraph":4,"start":1,"end":15,"themes":[{"label":"workload","score":0.8}],"rule":"quotes.said.after","confidence":0.7,"lastParagraph":null,"spansParagraphs":false}]}
            """;

        var findings = StorageJson.FindingsOf(Stored);

        Assert.That(findings.Ratings.Single(), Is.EqualTo(new Rating(RatingValues.Good, "overall", null, "rated Good", new Evidence(3, 6, 10)) { Rule = "ratings.overall.rated-as", Confidence = 0.9 }));
        Assert.That(findings.Figures.Single(), Is.EqualTo(new Figure(FigureKinds.Vacancies, 150, "London division", "150 vacancies", new Evidence(9, 0, 13))));
        var quote = findings.Quotes.Single();
        Assert.That((quote.Speaker, quote.Evidence, quote.LastParagraph, quote.Rule, quote.Confidence), Is.EqualTo(("Ann Example", new Evidence(4, 1, 15), (int?)null, "quotes.said.after", 0.7)));
        Assert.That(quote.Themes, Is.EqualTo(new[] { new ThemeScore("workload", 0.8) }));
    }
}
