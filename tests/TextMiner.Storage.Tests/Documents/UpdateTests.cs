using TextMiner.Core.Records;
using TextMiner.TestSupport;

namespace TextMiner.Storage.Tests.Documents;

public sealed class UpdateTests
{
    private static readonly DateTimeOffset Later = StoreFixture.Epoch.AddDays(7);

    [Test]
    public async Task SaveAsync_NewVersion_ReplacesParagraphsAndFindingsAtomically()
    {
        using var directory = new TempDirectory();
        await using var store = await StoreFixture.OpenAsync(directory);
        var (first, second) = TwoVersions();
        await store.SaveAsync(first, CancellationToken.None);

        var result = await store.SaveAsync(second, CancellationToken.None);

        Assert.That(result.Outcome, Is.EqualTo(SaveOutcome.Updated));
        Assert.That(result.PreviousVersion, Is.EqualTo("v1"));
        Assert.That(Json.Of(await store.GetAsync(second.Document.Id, CancellationToken.None)), Is.EqualTo(Json.Of(second)));
        var statistics = await store.GetStatisticsAsync(CancellationToken.None);
        Assert.That(
            (statistics.Documents, statistics.Paragraphs, statistics.Ratings, statistics.Figures, statistics.Quotes),
            Is.EqualTo((1L, (long)second.Document.Paragraphs.Count, 1L, 3L, 2L)));
    }

    [Test]
    public async Task SaveAsync_NewVersion_KeepsPreviousVersionInHistory()
    {
        using var directory = new TempDirectory();
        var time = new FixedTime(StoreFixture.Epoch);
        await using var store = await StoreFixture.OpenAsync(directory, time);
        var (first, second) = TwoVersions();
        await store.SaveAsync(first, CancellationToken.None);
        time.Now = Later;

        var result = await store.SaveAsync(second, CancellationToken.None);
        var history = await store.GetHistoryAsync(first.Document.Id, CancellationToken.None);

        Assert.That(Json.Of(result.Previous), Is.EqualTo(Json.Of(first.Findings)));
        Assert.That(history, Has.Count.EqualTo(1));
        Assert.That(
            (history[0].Version, history[0].Title, history[0].SavedAt, history[0].SupersededAt),
            Is.EqualTo(("v1", first.Document.Title, StoreFixture.Epoch, Later)));
        Assert.That(Json.Of(history[0].Findings), Is.EqualTo(Json.Of(first.Findings)));
        Assert.That((await store.GetVersionAsync(first.Document.Id, CancellationToken.None))!.SavedAt, Is.EqualTo(Later));
    }

    [Test]
    public async Task SaveAsync_NewVersion_ReportsWhatChanged()
    {
        using var directory = new TempDirectory();
        await using var store = await StoreFixture.OpenAsync(directory);
        var (first, second) = TwoVersions();
        await store.SaveAsync(first, CancellationToken.None);

        var changes = (await store.SaveAsync(second, CancellationToken.None)).Changes!;

        Assert.That(changes.RemovedRatings.Select(r => r.Aspect), Is.EqualTo(new[] { "court work" }));
        Assert.That(changes.AddedRatings, Is.Empty);
        Assert.That(changes.AddedFigures.Select(f => f.Value), Is.EqualTo(new[] { 600.0 }));
        Assert.That(changes.RemovedFigures, Is.Empty);
        Assert.That(changes.ToString(), Is.EqualTo("ratings -1, figures +1"));
    }

    [Test]
    public async Task SaveAsync_ThirdVersion_HistoryKeepsBothEarlierVersionsOldestFirst()
    {
        using var directory = new TempDirectory();
        await using var store = await StoreFixture.OpenAsync(directory);
        var (first, second) = TwoVersions();
        await store.SaveAsync(first, CancellationToken.None);
        await store.SaveAsync(second, CancellationToken.None);

        await store.SaveAsync(first with { Document = first.Document with { Version = "v3" } }, CancellationToken.None);

        var history = await store.GetHistoryAsync(first.Document.Id, CancellationToken.None);
        Assert.That(history.Select(h => h.Version), Is.EqualTo(new[] { "v1", "v2" }));
        Assert.That((await store.GetStatisticsAsync(CancellationToken.None)).HistoricalVersions, Is.EqualTo(2));
    }

    [Test]
    public async Task ReplaceAsync_SameVersion_IsReanalysedAndQueuedForIndexing()
    {
        using var directory = new TempDirectory();
        await using var store = await StoreFixture.OpenAsync(directory);
        var (first, second) = TwoVersions();
        await store.SaveAsync(first, CancellationToken.None);
        await store.MarkIndexedAsync([(first.Document.Id, "v1")], CancellationToken.None);
        var reanalysed = first with { Findings = second.Findings };

        var result = await store.ReplaceAsync(reanalysed, CancellationToken.None);

        Assert.That(result.Outcome, Is.EqualTo(SaveOutcome.Reanalysed));
        Assert.That(result.Changes!.ToString(), Is.EqualTo("ratings -1, figures +1"));
        Assert.That(Json.Of(await store.GetAsync(first.Document.Id, CancellationToken.None)), Is.EqualTo(Json.Of(reanalysed)));
        Assert.That(await store.GetIdsNeedingIndexAsync(CancellationToken.None), Is.EqualTo(new[] { first.Document.Id }));
    }

    [Test]
    public async Task ReplaceAsync_UnknownId_IsNew()
    {
        using var directory = new TempDirectory();
        await using var store = await StoreFixture.OpenAsync(directory);

        var result = await store.ReplaceAsync(TestDocuments.Hmip(), CancellationToken.None);

        Assert.That(result.Outcome, Is.EqualTo(SaveOutcome.New));
    }

    /// <summary>v1: the seed with its findings; v2: one paragraph fewer, the court rating gone, a figure added.</summary>
    internal static (AnalysedDocument First, AnalysedDocument Second) TwoVersions()
    {
        var first = TestDocuments.Hmip();
        var paragraphs = first.Document.Paragraphs.Take(first.Document.Paragraphs.Count - 1).ToArray();
        var findings = first.Findings with
        {
            Ratings = [first.Findings.Ratings[0]],
            Figures = [.. first.Findings.Figures, new Figure(FigureKinds.Vacancies, 600, "England and Wales", "over 600 vacancies", new Evidence(2, 0, 18))],
        };
        var second = TestDocuments.Hmip("v2", paragraphs, findings) with
        {
            ParagraphThemes = first.ParagraphThemes.Take(paragraphs.Length).ToArray(),
        };
        return (first, second);
    }
}
