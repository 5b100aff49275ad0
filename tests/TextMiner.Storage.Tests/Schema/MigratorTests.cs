using Microsoft.Data.Sqlite;
using TextMiner.Storage.Schema;
using TextMiner.Storage.Sql;
using TextMiner.TestSupport;

namespace TextMiner.Storage.Tests.Schema;

/// <summary>The migration mechanism on its own, with migrations made up for the test.</summary>
public sealed class MigratorTests
{
    private static readonly Migration First = new(1, "first", "CREATE TABLE a (x INTEGER);");
    private static readonly Migration Second = new(2, "second", "CREATE TABLE b (y INTEGER); INSERT INTO b VALUES (1);");
    private static readonly Migration Broken = new(2, "broken", "CREATE TABLE b (y INTEGER); INSERT INTO missing VALUES (1);");

    [Test]
    public async Task MigrateAsync_NewMigrationAdded_AppliesOnlyTheNewOne()
    {
        using var directory = new TempDirectory();
        var path = directory.Combine("m.db");
        await MigrateAsync(path, [First]);

        var applied = await MigrateAsync(path, [First, Second]);

        Assert.That(applied, Is.EqualTo(new[] { 2 }));
        Assert.That(await StoreFixture.ScalarAsync(path, "SELECT COUNT(*) FROM b"), Is.EqualTo(1));
        Assert.That(await StoreFixture.StringsAsync(path, "SELECT name FROM schema_version ORDER BY version"), Is.EqualTo(new[] { "first", "second" }));
    }

    [Test]
    public async Task MigrateAsync_FailingMigration_RollsBackItsChangesAndItsRecord()
    {
        using var directory = new TempDirectory();
        var path = directory.Combine("m.db");
        await MigrateAsync(path, [First]);

        Assert.That(
            async () => await MigrateAsync(path, [First, Broken]),
            Throws.InstanceOf<StorageException>().With.InnerException.InstanceOf<SqliteException>());

        Assert.That(await StoreFixture.ScalarAsync(path, "SELECT MAX(version) FROM schema_version"), Is.EqualTo(1));
        Assert.That(await StoreFixture.ScalarAsync(path, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'b'"), Is.Zero);
        Assert.That(await MigrateAsync(path, [First, Second]), Is.EqualTo(new[] { 2 }));
    }

    [Test]
    public void Migrations_All_AreNumberedOneUpWithoutGaps()
    {
        Assert.That(Migrations.All.Select(m => m.Version), Is.EqualTo(Enumerable.Range(1, Migrations.All.Count)));
        Assert.That(Migrations.All.Select(m => m.Name), Is.All.Not.Empty);
    }

    private static async Task<IReadOnlyList<int>> MigrateAsync(string path, IReadOnlyList<Migration> migrations)
    {
        await using var database = await SqliteDatabase.OpenAsync(path, SqliteDatabase.DefaultBusyTimeout, CancellationToken.None);
        return await Migrator.MigrateAsync(database, migrations, new FixedTime(StoreFixture.Epoch), CancellationToken.None);
    }
}
