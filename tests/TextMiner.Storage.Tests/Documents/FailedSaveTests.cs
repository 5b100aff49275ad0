using TextMiner.Core.Records;
using TextMiner.TestSupport;

namespace TextMiner.Storage.Tests.Documents;

public sealed class FailedSaveTests
{
    [Test]
    public async Task SaveAsync_DuplicateParagraphIndex_ThrowsInvalidDocumentAndKeepsPreviousVersion()
    {
        using var directory = new TempDirectory();
        await using var store = await StoreFixture.OpenAsync(directory);
        var (first, second) = UpdateTests.TwoVersions();
        await store.SaveAsync(first, CancellationToken.None);
        var paragraphs = second.Document.Paragraphs.ToList();
        paragraphs[5] = paragraphs[5] with { Index = 4 };
        var broken = second with { Document = second.Document with { Paragraphs = paragraphs } };

        var exception = Assert.ThrowsAsync<StorageException>(() => store.SaveAsync(broken, CancellationToken.None));

        Assert.That(exception!.Code, Is.EqualTo(StorageErrors.InvalidDocumentCode));
        Assert.That(exception.Message, Does.Contain(first.Document.Id).And.Contain("UNIQUE"));
        await AssertOnlyAsync(store, first);
    }

    [Test]
    public async Task SaveAsync_CancelledBetweenParagraphInserts_RollsBackAndKeepsPreviousVersion()
    {
        using var directory = new TempDirectory();
        await using var store = await StoreFixture.OpenAsync(directory);
        var (first, second) = UpdateTests.TwoVersions();
        await store.SaveAsync(first, CancellationToken.None);
        using var cancellation = new CancellationTokenSource();
        var cancelling = second with { ParagraphThemes = new FailingList<IReadOnlyList<ThemeScore>>(second.ParagraphThemes, 3, cancellation.Cancel) };

        Assert.That(
            async () => await store.SaveAsync(cancelling, cancellation.Token),
            Throws.InstanceOf<OperationCanceledException>());

        await AssertOnlyAsync(store, first);
    }

    [Test]
    public async Task SaveAsync_ExceptionMidwayThroughNewDocument_StoresNothing()
    {
        using var directory = new TempDirectory();
        await using var store = await StoreFixture.OpenAsync(directory);
        var document = TestDocuments.Hmip();
        var failing = document with
        {
            ParagraphThemes = new FailingList<IReadOnlyList<ThemeScore>>(
                document.ParagraphThemes, 6, () => throw new IOException("disk went away")),
        };

        Assert.ThrowsAsync<IOException>(() => store.SaveAsync(failing, CancellationToken.None));

        var statistics = await store.GetStatisticsAsync(CancellationToken.None);
        Assert.That((statistics.Documents, statistics.Paragraphs, statistics.Ratings), Is.EqualTo((0L, 0L, 0L)));
        Assert.That(await store.GetIdsNeedingIndexAsync(CancellationToken.None), Is.Empty);
    }

    [Test]
    public async Task SaveAsync_AfterAFailedSave_NextSaveSucceeds()
    {
        using var directory = new TempDirectory();
        await using var store = await StoreFixture.OpenAsync(directory);
        var (first, second) = UpdateTests.TwoVersions();
        await store.SaveAsync(first, CancellationToken.None);
        var failing = second with
        {
            ParagraphThemes = new FailingList<IReadOnlyList<ThemeScore>>(second.ParagraphThemes, 2, () => throw new IOException("x")),
        };
        Assert.ThrowsAsync<IOException>(() => store.SaveAsync(failing, CancellationToken.None));

        var result = await store.SaveAsync(second, CancellationToken.None);

        Assert.That(result.Outcome, Is.EqualTo(SaveOutcome.Updated));
        Assert.That(await store.GetHistoryAsync(first.Document.Id, CancellationToken.None), Has.Count.EqualTo(1));
    }

    [TestCase("", "v1", "the id is empty")]
    [TestCase("id", " ", "the version is empty")]
    public async Task SaveAsync_MissingIdentity_ThrowsInvalidDocument(string id, string version, string problem)
    {
        using var directory = new TempDirectory();
        await using var store = await StoreFixture.OpenAsync(directory);
        var document = TestDocuments.Hmip();
        document = document with { Document = document.Document with { Id = id, Version = version } };

        var exception = Assert.ThrowsAsync<StorageException>(() => store.SaveAsync(document, CancellationToken.None));

        Assert.That(exception!.Code, Is.EqualTo(StorageErrors.InvalidDocumentCode));
        Assert.That(exception.Message, Does.EndWith(problem + "."));
    }

    private static async Task AssertOnlyAsync(DocumentStore store, AnalysedDocument expected)
    {
        Assert.That(Json.Of(await store.GetAsync(expected.Document.Id, CancellationToken.None)), Is.EqualTo(Json.Of(expected)));
        Assert.That(await store.GetHistoryAsync(expected.Document.Id, CancellationToken.None), Is.Empty);
        var statistics = await store.GetStatisticsAsync(CancellationToken.None);
        Assert.That(
            (statistics.Documents, statistics.Paragraphs, statistics.Ratings, statistics.Figures, statistics.Quotes),
            Is.EqualTo((1L, (long)expected.Document.Paragraphs.Count, 2L, 2L, 2L)));
    }
}
