using System.Security.Cryptography;
using TextMiner.Core.Records;
using TextMiner.TestSupport;

namespace TextMiner.Storage.Tests.Documents;

public sealed class SaveAndGetTests
{
    [Test]
    public async Task SaveAsync_NewDocument_GetAsyncRoundTripsEveryField()
    {
        using var directory = new TempDirectory();
        await using var store = await StoreFixture.OpenAsync(directory);
        var document = TestDocuments.Hmip();

        var result = await store.SaveAsync(document, CancellationToken.None);
        var read = await store.GetAsync(document.Document.Id, CancellationToken.None);

        Assert.That(result, Is.EqualTo(new SaveResult(SaveOutcome.New, document.Document.Id, "v1")));
        Assert.That(Json.Of(read), Is.EqualTo(Json.Of(document)));
        Assert.That(read!.FetchedAt.Offset, Is.EqualTo(TimeSpan.FromHours(1)));
    }

    [Test]
    public async Task SaveAsync_NullsAndEmptyLists_RoundTrip()
    {
        using var directory = new TempDirectory();
        await using var store = await StoreFixture.OpenAsync(directory);
        var document = new AnalysedDocument(
            new Document("local-1", "v1", "local", "/tmp/x.txt", "", null, DocumentKinds.Document, [new Paragraph(0, "Only text.")]),
            Findings.Empty,
            [],
            [[]],
            StoreFixture.Epoch);

        await store.SaveAsync(document, CancellationToken.None);

        Assert.That(Json.Of(await store.GetAsync("local-1", CancellationToken.None)), Is.EqualTo(Json.Of(document)));
    }

    [Test]
    public async Task SaveAsync_FewerParagraphThemesThanParagraphs_StoresEmptyThemesForTheRest()
    {
        using var directory = new TempDirectory();
        await using var store = await StoreFixture.OpenAsync(directory);
        var document = TestDocuments.Hmip() with { ParagraphThemes = [[new ThemeScore("staffing", 0.5)]] };

        await store.SaveAsync(document, CancellationToken.None);
        var read = await store.GetAsync(document.Document.Id, CancellationToken.None);

        Assert.That(read!.ParagraphThemes, Has.Count.EqualTo(document.Document.Paragraphs.Count));
        Assert.That(read.ParagraphThemes[0], Is.EqualTo(new[] { new ThemeScore("staffing", 0.5) }));
        Assert.That(read.ParagraphThemes.Skip(1), Is.All.Empty);
    }

    [Test]
    public async Task GetAsync_UnknownId_ReturnsNull()
    {
        using var directory = new TempDirectory();
        await using var store = await StoreFixture.OpenAsync(directory);

        Assert.That(await store.GetAsync("missing", CancellationToken.None), Is.Null);
        Assert.That(await store.GetVersionAsync("missing", CancellationToken.None), Is.Null);
    }

    [Test]
    public async Task GetVersionAsync_SavedDocument_ReturnsVersionLocationAndNoIndexedVersion()
    {
        using var directory = new TempDirectory();
        await using var store = await StoreFixture.OpenAsync(directory);
        var document = TestDocuments.Hmip();
        await store.SaveAsync(document, CancellationToken.None);

        var version = await store.GetVersionAsync(document.Document.Id, CancellationToken.None);

        Assert.That(
            version,
            Is.EqualTo(new StoredVersion(document.Document.Id, "v1", "hmip-legacy", TestDocuments.HmipLocation, StoreFixture.Epoch, null)));
        Assert.That(version!.IsIndexed, Is.False);
    }

    [Test]
    public async Task SaveAsync_SameVersionTwice_IsUnchangedAndWritesNothing()
    {
        using var directory = new TempDirectory();
        var time = new FixedTime(StoreFixture.Epoch);
        await using var store = await StoreFixture.OpenAsync(directory, time);
        var document = TestDocuments.Hmip();
        await store.SaveAsync(document, CancellationToken.None);
        var before = FileHashes(store.DatabasePath);
        time.Now = StoreFixture.Epoch.AddDays(1);

        var result = await store.SaveAsync(document with { Themes = [] }, CancellationToken.None);

        Assert.That(result.Outcome, Is.EqualTo(SaveOutcome.Unchanged));
        Assert.That(result.Wrote, Is.False);
        Assert.That(FileHashes(store.DatabasePath), Is.EqualTo(before));
        Assert.That((await store.GetVersionAsync(document.Document.Id, CancellationToken.None))!.SavedAt, Is.EqualTo(StoreFixture.Epoch));
        Assert.That(await store.GetHistoryAsync(document.Document.Id, CancellationToken.None), Is.Empty);
    }

    [Test]
    public async Task ReadAllAsync_SeveralDocuments_StreamsThemOrderedById()
    {
        using var directory = new TempDirectory();
        await using var store = await StoreFixture.OpenAsync(directory);
        var template = TestDocuments.Hmip();
        foreach (var id in new[] { "c", "a", "b" })
        {
            await store.SaveAsync(template with { Document = template.Document with { Id = id } }, CancellationToken.None);
        }

        var read = new List<AnalysedDocument>();
        await foreach (var document in store.ReadAllAsync(CancellationToken.None))
        {
            read.Add(document);
        }

        Assert.That(read.Select(d => d.Document.Id), Is.EqualTo(new[] { "a", "b", "c" }));
        Assert.That(Json.Of(read[1]), Is.EqualTo(Json.Of(template with { Document = template.Document with { Id = "b" } })));
    }

    [Test]
    public async Task ReadAllAsync_WriteWhileEnumerating_SeesOneSnapshot()
    {
        using var directory = new TempDirectory();
        await using var store = await StoreFixture.OpenAsync(directory);
        var template = TestDocuments.Hmip();
        await store.SaveAsync(template with { Document = template.Document with { Id = "a" } }, CancellationToken.None);
        await store.SaveAsync(template with { Document = template.Document with { Id = "c" } }, CancellationToken.None);

        var ids = new List<string>();
        await foreach (var document in store.ReadAllAsync(CancellationToken.None))
        {
            ids.Add(document.Document.Id);
            if (ids.Count == 1)
            {
                await store.SaveAsync(template with { Document = template.Document with { Id = "b" } }, CancellationToken.None);
                await store.DeleteAsync("c", CancellationToken.None);
            }
        }

        Assert.That(ids, Is.EqualTo(new[] { "a", "c" }));
        Assert.That((await store.GetAllVersionsAsync(CancellationToken.None)).Select(v => v.Id), Is.EqualTo(new[] { "a", "b" }));
    }

    [Test]
    public async Task OpenAsync_CopyOfFilesTakenWhileOpen_SeesCommittedDocument()
    {
        // A process kill leaves the database and its write-ahead log as they are; a copy of both taken while the store is
        // still open is that state.
        using var directory = new TempDirectory();
        var document = TestDocuments.Hmip();
        var crashed = directory.Combine("crashed");
        Directory.CreateDirectory(crashed);
        await using (var store = await StoreFixture.OpenAsync(directory))
        {
            await store.SaveAsync(document, CancellationToken.None);
            Assert.That(new FileInfo(store.DatabasePath + "-wal").Length, Is.GreaterThan(0));
            foreach (var suffix in new[] { "", "-wal" })
            {
                File.Copy(store.DatabasePath + suffix, Path.Combine(crashed, "textminer.db" + suffix));
            }
        }

        await using var reopened = await DocumentStore.OpenAsync(
            Path.Combine(crashed, "textminer.db"), TimeProvider.System, CancellationToken.None);

        Assert.That(reopened.AppliedMigrations, Is.Empty);
        Assert.That(Json.Of(await reopened.GetAsync(document.Document.Id, CancellationToken.None)), Is.EqualTo(Json.Of(document)));
    }

    private static string FileHashes(string databasePath) => string.Join(
        " ",
        new[] { "", "-wal" }
            .Select(suffix => databasePath + suffix)
            .Where(File.Exists)
            .Select(path => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)))));
}
