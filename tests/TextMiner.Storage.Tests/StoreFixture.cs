using Microsoft.Data.Sqlite;
using TextMiner.TestSupport;

namespace TextMiner.Storage.Tests;

/// <summary>Opens stores on real SQLite files in a fresh temp directory, and reads them back with plain SQL.</summary>
internal static class StoreFixture
{
    public static DateTimeOffset Epoch { get; } = new(2026, 11, 22, 20, 0, 0, TimeSpan.Zero);

    public static Task<DocumentStore> OpenAsync(TempDirectory directory, TimeProvider? time = null) =>
        DocumentStore.OpenAsync(directory.Combine("textminer.db"), time ?? new FixedTime(Epoch), CancellationToken.None);

    public static async Task<long> ScalarAsync(string databasePath, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
        }.ToString());
        await connection.OpenAsync();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static async Task<IReadOnlyList<string>> StringsAsync(string databasePath, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
        }.ToString());
        await connection.OpenAsync();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.IsDBNull(0) ? "<null>" : reader.GetString(0));
        }

        return values;
    }
}
