using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using TextMiner.Core;
using TextMiner.Pipeline.Ingest;
using TextMiner.Storage;
using TextMiner.TestSupport;

namespace TextMiner.Pipeline.Tests.Research;

/// <summary>
/// Another process holding the write lock on the real SQLite file makes a document a transient failure of ingest, not
/// a lost run: what is stored stays, and the next run stores the document once. (In this namespace for the shared theme
/// model.)
/// </summary>
public sealed class LockedStoreIngestTests
{
    [Test]
    public async Task RunAsync_AnotherConnectionHoldsTheWriteLock_DocumentFailsTransientThenIsStoredOnceByTheNextRun()
    {
        using var temp = new TempDirectory();
        var data = new DataDirectory(temp.Combine("data"));
        data.EnsureCreated();
        foreach (var file in Directory.GetFiles(SharedThemeModel.ModelsDirectory))
        {
            File.Copy(file, Path.Combine(data.ModelsPath, Path.GetFileName(file)));
        }

        // The shortest wait, so the locked write gives up at once instead of after the default ten seconds.
        var options = new TextMinerOptions(data) { StoreBusyTimeout = TimeSpan.FromMilliseconds(1) };
        await using var services = await TextMinerServices.OpenAsync(options, CancellationToken.None);
        var runner = services.GetRequiredService<IngestRunner>();
        var store = services.GetRequiredService<DocumentStore>();
        var seeds = Directory.GetFiles(Corpus.Path("seeds"), "*.txt").Order(StringComparer.Ordinal).ToList();
        var first = await runner.RunAsync(seeds[..1], null, CancellationToken.None);
        Assert.That(first.New, Is.EqualTo(1), first.ToString());
        var storedBefore = await store.GetAllVersionsAsync(CancellationToken.None);

        IngestSummary locked;
        using (var holder = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = data.DatabasePath, Pooling = false }.ToString()))
        {
            await holder.OpenAsync();
            using var begin = holder.CreateCommand();
            begin.CommandText = "BEGIN EXCLUSIVE;";
            await begin.ExecuteNonQueryAsync();

            locked = await runner.RunAsync(seeds[..2], null, CancellationToken.None);
        }

        Assert.That(locked.Unchanged, Is.EqualTo(1), locked.ToString());
        Assert.That(locked.New, Is.Zero, locked.ToString());
        Assert.That(locked.Failures, Has.Count.EqualTo(1), locked.ToString());
        var failure = locked.Failures[0];
        Assert.That(failure.Location, Is.EqualTo(seeds[1]));
        Assert.That(failure.Transient, Is.True);
        Assert.That(failure.Reason.Code, Is.EqualTo(PipelineErrors.DatabaseLockedCode));
        Assert.That(failure.Reason.Message, Does.Contain(data.DatabasePath));
        Assert.That(await store.GetAllVersionsAsync(CancellationToken.None), Is.EquivalentTo(storedBefore), "nothing stored was lost");

        var retried = await runner.RunAsync(seeds[..2], null, CancellationToken.None);

        Assert.That(retried.New, Is.EqualTo(1), retried.ToString());
        Assert.That(retried.Unchanged, Is.EqualTo(1), retried.ToString());
        Assert.That(retried.Failed, Is.Zero, retried.ToString());
        var stored = await store.GetAllVersionsAsync(CancellationToken.None);
        Assert.That(stored, Has.Count.EqualTo(2));
        Assert.That(stored.Select(version => version.Id), Is.Unique);
        Assert.That(stored, Is.SupersetOf(storedBefore));
        Assert.That(await store.GetIdsNeedingIndexAsync(CancellationToken.None), Is.Empty);
    }
}
