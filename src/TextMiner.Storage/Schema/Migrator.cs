using System.Globalization;
using Microsoft.Data.Sqlite;
using TextMiner.Storage.Sql;

namespace TextMiner.Storage.Schema;

/// <summary>Brings a database up to the newest of its migrations, one migration per transaction.</summary>
internal static class Migrator
{
    private const string CreateVersionTable = """
        CREATE TABLE IF NOT EXISTS schema_version (
            version    INTEGER NOT NULL PRIMARY KEY,
            name       TEXT NOT NULL,
            applied_at TEXT NOT NULL
        );
        """;

    /// <summary>Returns the versions applied by this call (none when the database was current).</summary>
    public static async Task<IReadOnlyList<int>> MigrateAsync(
        SqliteDatabase database,
        IReadOnlyList<Migration> migrations,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var known = migrations.Count == 0 ? 0 : migrations[^1].Version;
        await database.WriteAsync(
            async (transaction, ct) =>
            {
                using var create = SqlCommands.Create(transaction, CreateVersionTable);
                await create.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
                return await CheckedVersionAsync(transaction, known, database.Path, ct).ConfigureAwait(false);
            },
            cancellationToken).ConfigureAwait(false);

        var applied = new List<int>();
        foreach (var migration in migrations)
        {
            var ran = await database.WriteAsync(
                (transaction, ct) => ApplyAsync(transaction, migration, known, database.Path, time, ct),
                cancellationToken).ConfigureAwait(false);
            if (ran)
            {
                applied.Add(migration.Version);
            }
        }

        return applied;
    }

    /// <summary>Checks, without writing, that the database is at exactly <paramref name="latest"/> (no schema at all counts as version 0).</summary>
    public static async Task CheckCurrentAsync(SqliteDatabase database, int latest, CancellationToken cancellationToken)
    {
        var connection = await database.OpenReaderAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = SqlCommands.Create(
                connection,
                null,
                "SELECT CASE WHEN EXISTS (SELECT 1 FROM sqlite_master WHERE name = 'schema_version') THEN 1 ELSE 0 END;");
            var current = 0;
            if (await command.ScalarInt64Async(cancellationToken).ConfigureAwait(false) == 1)
            {
                using var version = SqlCommands.Create(connection, null, "SELECT COALESCE(MAX(version), 0) FROM schema_version;");
                current = (int)await version.ScalarInt64Async(cancellationToken).ConfigureAwait(false);
            }

            if (current < latest)
            {
                throw new StorageException(
                    StorageErrors.SchemaTooOldCode, string.Format(CultureInfo.InvariantCulture, StorageErrors.SchemaTooOld, current, latest));
            }

            if (current > latest)
            {
                throw new StorageException(
                    StorageErrors.SchemaTooNewCode, string.Format(CultureInfo.InvariantCulture, StorageErrors.SchemaTooNew, current, latest, database.Path));
            }
        }
    }

    private static async Task<bool> ApplyAsync(
        SqliteTransaction transaction,
        Migration migration,
        int known,
        string path,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        // Read the version inside the transaction: another process may have migrated meanwhile.
        var current = await CheckedVersionAsync(transaction, known, path, cancellationToken).ConfigureAwait(false);
        if (current >= migration.Version)
        {
            return false;
        }

        using (var change = SqlCommands.Create(transaction, migration.Sql))
        {
            await change.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        using var record = SqlCommands.Create(
                transaction,
                "INSERT INTO schema_version (version, name, applied_at) VALUES ($version, $name, $at);")
            .With("$version", migration.Version)
            .With("$name", migration.Name)
            .With("$at", SqlValues.ToText(time.GetUtcNow()));
        await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    private static async Task<int> CheckedVersionAsync(
        SqliteTransaction transaction,
        int known,
        string path,
        CancellationToken cancellationToken)
    {
        using var command = SqlCommands.Create(transaction, "SELECT COALESCE(MAX(version), 0) FROM schema_version;");
        var current = (int)await command.ScalarInt64Async(cancellationToken).ConfigureAwait(false);
        return current <= known
            ? current
            : throw new StorageException(
                StorageErrors.SchemaTooNewCode,
                string.Format(CultureInfo.InvariantCulture, StorageErrors.SchemaTooNew, current, known, path));
    }
}
