using Microsoft.Data.Sqlite;

namespace TextMiner.Pipeline.Research.Snapshots;

/// <summary>
/// A consistent copy of a live (WAL) database with VACUUM INTO: one read transaction, so writes in progress are either
/// wholly in the copy or not at all. A raw file copy could tear pages or miss the write-ahead log.
/// </summary>
internal static class SqliteBackup
{
    public static async Task CopyAsync(string databasePath, string destination, CancellationToken cancellationToken)
    {
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = SqliteOpenMode.ReadWrite,
            Pooling = false,
        }.ToString();
        var connection = new SqliteConnection(connectionString);
        await using (connection.ConfigureAwait(false))
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            using var command = connection.CreateCommand();
            command.CommandText = "VACUUM INTO $destination;";
            command.Parameters.AddWithValue("$destination", destination);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
