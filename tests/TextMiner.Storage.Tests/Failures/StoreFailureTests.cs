using Microsoft.Data.Sqlite;
using TextMiner.TestSupport;

namespace TextMiner.Storage.Tests.Failures;

/// <summary>SQLite failures leave the store as <see cref="StorageException"/>s naming the file and the reason.</summary>
public sealed class StoreFailureTests
{
    [Test]
    public async Task OpenAsync_AnotherProcessHoldsAnExclusiveLock_ThrowsStoreLockedNamingTheFile()
    {
        using var temp = new TempDirectory();
        var path = temp.Combine("textminer.db");
        await (await StoreFixture.OpenAsync(temp)).DisposeAsync();
        using var holder = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        await holder.OpenAsync();
        using (var command = holder.CreateCommand())
        {
            // In exclusive locking mode the first write keeps the lock until the connection closes.
            command.CommandText = "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; INSERT INTO crawl_state (url) SELECT 'x' WHERE 0; COMMIT;";
            await command.ExecuteNonQueryAsync();
        }

        var exception = Assert.ThrowsAsync<StorageException>(() => StoreFixture.OpenAsync(temp));
        Assert.That(exception!.Code, Is.EqualTo(StorageErrors.LockedCode));
        Assert.That(exception.Message, Does.Contain(path).And.Contain("locked"));
        Assert.That(exception.InnerException, Is.TypeOf<SqliteException>());
    }

    [Test]
    public void OpenAsync_DirectoryInPlaceOfTheFile_ThrowsStoreUnavailableNamingTheFile()
    {
        using var temp = new TempDirectory();
        var path = temp.Combine("textminer.db");
        Directory.CreateDirectory(path);

        var exception = Assert.ThrowsAsync<StorageException>(() => StoreFixture.OpenAsync(temp));
        Assert.That(exception!.Code, Is.EqualTo(StorageErrors.UnavailableCode));
        Assert.That(exception.Message, Does.StartWith($"The database {path} cannot be used: "));
    }
}
