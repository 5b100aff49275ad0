using Microsoft.Data.Sqlite;
using TextMiner.TestSupport;

namespace TextMiner.Storage.Tests.Schema;

public sealed class MigrationTests
{
    [Test]
    public async Task OpenAsync_NewFile_AppliesEveryMigrationOnceAndRecordsIt()
    {
        using var directory = new TempDirectory();
        await using var store = await StoreFixture.OpenAsync(directory);

        var expected = Enumerable.Range(1, DocumentStore.SchemaVersion).ToArray();
        Assert.That(store.AppliedMigrations, Is.EqualTo(expected));
        Assert.That(
            await StoreFixture.StringsAsync(store.DatabasePath, "SELECT version || ' ' || applied_at FROM schema_version ORDER BY version"),
            Is.EqualTo(expected.Select(v => $"{v} 2026-11-22T20:00:00.0000000+00:00")));
    }

    [Test]
    public async Task OpenAsync_Twice_SecondOpenAppliesNothing()
    {
        using var directory = new TempDirectory();
        await (await StoreFixture.OpenAsync(directory)).DisposeAsync();

        await using var reopened = await StoreFixture.OpenAsync(directory);

        Assert.That(reopened.AppliedMigrations, Is.Empty);
        Assert.That(
            await StoreFixture.ScalarAsync(reopened.DatabasePath, "SELECT COUNT(*) FROM schema_version"),
            Is.EqualTo(DocumentStore.SchemaVersion));
    }

    [Test]
    public async Task OpenAsync_NewFile_UsesWalJournalAndForeignKeys()
    {
        using var directory = new TempDirectory();
        await using var store = await StoreFixture.OpenAsync(directory);

        Assert.That(await StoreFixture.StringsAsync(store.DatabasePath, "PRAGMA journal_mode"), Is.EqualTo(new[] { "wal" }));
        Assert.That(
            await StoreFixture.ScalarAsync(store.DatabasePath, "SELECT COUNT(*) FROM pragma_foreign_key_list('paragraphs')"),
            Is.EqualTo(1));
    }

    [Test]
    public async Task OpenAsync_SchemaNewerThanKnown_ThrowsSchemaTooNew()
    {
        using var directory = new TempDirectory();
        await using (var store = await StoreFixture.OpenAsync(directory))
        {
            await using var connection = new SqliteConnection($"Data Source={store.DatabasePath};Pooling=False");
            await connection.OpenAsync();
            using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO schema_version VALUES (999, 'from the future', '2030-01-01T00:00:00Z')";
            await command.ExecuteNonQueryAsync();
        }

        var exception = Assert.ThrowsAsync<StorageException>(() => StoreFixture.OpenAsync(directory));

        Assert.That(exception!.Code, Is.EqualTo(StorageErrors.SchemaTooNewCode));
        Assert.That(exception.Message, Does.Contain("999").And.Contain($"({DocumentStore.SchemaVersion})"));
    }

    [Test]
    public void OpenAsync_FileIsNotSqlite_ThrowsNotADatabase()
    {
        using var directory = new TempDirectory();
        File.WriteAllText(directory.Combine("textminer.db"), new string('x', 4096));

        var exception = Assert.ThrowsAsync<StorageException>(() => StoreFixture.OpenAsync(directory));

        Assert.That(exception!.Code, Is.EqualTo(StorageErrors.NotADatabaseCode));
    }

    [Test]
    public async Task OpenAsync_MissingDirectory_CreatesIt()
    {
        using var directory = new TempDirectory();
        var path = directory.Combine("nested", "data", "textminer.db");

        await using var store = await DocumentStore.OpenAsync(path, TimeProvider.System, CancellationToken.None);

        Assert.That(File.Exists(path), Is.True);
    }
}
