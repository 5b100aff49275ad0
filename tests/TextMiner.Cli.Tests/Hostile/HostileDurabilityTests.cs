using Microsoft.Data.Sqlite;
using TextMiner.Core;
using TextMiner.Core.Records;
using TextMiner.Pipeline;
using TextMiner.Search;
using TextMiner.TestSupport;

namespace TextMiner.Cli.Tests.Hostile;

/// <summary>
/// Issue 14, row 12: the store is on disk before the index commits, and `doctor --repair` removes index entries the
/// store lacks. A power loss is played by keeping the database file and dropping its write-ahead log, which is exactly
/// what an unsynced WAL can lose.
/// </summary>
[CancelAfter(300_000)]
public sealed class HostileDurabilityTests
{
    private TempDirectory temp = null!;

    [SetUp]
    public void SetUp() => temp = new TempDirectory();

    [TearDown]
    public void TearDown()
    {
        SqliteConnection.ClearAllPools();
        temp.Dispose();
    }

    [Test]
    public async Task IndexCommit_ThenPowerLossOfTheWal_StoreStillHoldsEveryIndexedDocument()
    {
        var data = new DataDirectory(temp.Combine("data"));
        var workspace = await Workspace.OpenAsync(data, TimeProvider.System, CancellationToken.None);
        await using (workspace)
        {
            foreach (var id in new[] { "first", "second" })
            {
                await workspace.Store.SaveAsync(Document(id), CancellationToken.None);
                workspace.Sync.Add(Document(id));
            }

            await workspace.Sync.CommitAsync(CancellationToken.None);

            // The moment right after the index commit: the database file alone, as a power loss would leave it.
            Directory.CreateDirectory(temp.Combine("after-power-loss"));
            File.Copy(data.DatabasePath, temp.Combine("after-power-loss", "textminer.db"));
        }

        Assert.That(await StoredIdsAsync(temp.Combine("after-power-loss", "textminer.db")), Is.EqualTo(new[] { "first", "second" }));
    }

    [Test]
    public async Task DoctorRepair_IndexHoldsADocumentTheStoreLost_RemovesItFromTheIndex()
    {
        var dataRoot = temp.Combine("data");
        var data = new DataDirectory(dataRoot);
        var workspace = await Workspace.OpenAsync(data, TimeProvider.System, CancellationToken.None);
        await using (workspace)
        {
            foreach (var id in new[] { "kept", "lost" })
            {
                await workspace.Store.SaveAsync(Document(id), CancellationToken.None);
                workspace.Sync.Add(Document(id));
            }

            await workspace.Sync.CommitAsync(CancellationToken.None);
        }

        await ExecuteAsync(data.DatabasePath, "DELETE FROM documents WHERE id = 'lost';");
        var cli = new CliRunner(dataRoot);

        var check = await cli.RunAsync("doctor");
        var repair = await cli.RunAsync("doctor", "--repair");
        var after = await cli.RunAsync("doctor");

        Assert.Multiple(() =>
        {
            Assert.That(check.ExitCode, Is.EqualTo(ExitCodes.SomeFailed), check.ToString());
            Assert.That(check.Output, Does.Contain("1 indexed but not stored"));
            Assert.That(repair.ExitCode, Is.EqualTo(ExitCodes.Success), repair.ToString());
            Assert.That(after.ExitCode, Is.EqualTo(ExitCodes.Success), after.ToString());
            using var index = SearchIndex.OpenReadOnly(data.IndexPath);
            Assert.That(index.Search(new SearchRequest("marmalade", Unit.Document)).Hits.Select(h => h.DocumentId), Is.EqualTo(new[] { "kept" }));
        });
    }

    private static AnalysedDocument Document(string id)
    {
        var paragraphs = new[] { new Paragraph(0, $"The {id} report on marmalade supervision.") };
        var document = new Document(id, "v1-" + id, "local", "/docs/" + id + ".txt", "Report " + id, new DateOnly(2024, 1, 1), DocumentKinds.Article, paragraphs);
        return new AnalysedDocument(document, Findings.Empty, [], [[]], new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero));
    }

    private static async Task ExecuteAsync(string database, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<List<string>> StoredIdsAsync(string database)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id FROM documents ORDER BY id;";
        var ids = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }
}
