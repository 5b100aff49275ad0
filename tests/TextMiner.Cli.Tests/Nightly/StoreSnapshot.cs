using Microsoft.Data.Sqlite;
using TextMiner.Core;
using TextMiner.Search;
using TextMiner.Storage;

namespace TextMiner.Cli.Tests.Nightly;

/// <summary>What a data directory holds, for comparing a crashed-and-rerun directory with an uninterrupted one.</summary>
internal sealed record StoreSnapshot(
    IReadOnlyList<string> StoredVersions,
    IReadOnlyList<string> IndexedVersions,
    int IndexedDocumentEntries,
    IReadOnlyList<string> HitCounts,
    long PendingIndex,
    long HistoricalVersions)
{
    public static readonly string[] Queries = ["probation", "staff OR staffing", "\"victims\"", "court", "rated good"];

    public static async Task<StoreSnapshot> TakeAsync(string root)
    {
        var data = new DataDirectory(root);
        await using var store = await DocumentStore.OpenAsync(data.DatabasePath, TimeProvider.System, CancellationToken.None);
        var stored = (await store.GetAllVersionsAsync(CancellationToken.None)).Select(v => $"{v.Id} {v.Version}").ToList();
        var statistics = await store.GetStatisticsAsync(CancellationToken.None);
        using var index = SearchIndex.OpenReadOnly(data.IndexPath);
        var indexed = index.GetIndexedVersions().Select(v => $"{v.Key} {v.Value}").Order(StringComparer.Ordinal).ToList();
        var hits = Queries.Select(q => $"{q}: {index.Search(new SearchRequest(q)).Total}").ToList();
        SqliteConnection.ClearAllPools();
        return new StoreSnapshot(stored, indexed, index.Count(Unit.Document), hits, statistics.PendingIndex, statistics.HistoricalVersions);
    }

    /// <summary>Documents stored so far, read without disturbing the writer (used to time a kill mid-ingest).</summary>
    public static long CountDocuments(string databasePath)
    {
        if (!File.Exists(databasePath))
        {
            return 0;
        }

        try
        {
            using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly;Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM documents;";
            return (long)command.ExecuteScalar()!;
        }
        catch (SqliteException)
        {
            return 0;
        }
    }
}
