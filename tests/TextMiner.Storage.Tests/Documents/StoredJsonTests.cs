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
}
