using System.Globalization;
using Microsoft.Data.Sqlite;

namespace TextMiner.Storage.Sql;

/// <summary>
/// The store's exception boundary: a <see cref="SqliteException"/> becomes a <see cref="StorageException"/> naming
/// the database file and SQLite's reason, so no caller above Storage needs to know SQLite.
/// </summary>
internal static class SqliteFailures
{
    public const int Constraint = 19;
    private const int Busy = 5;
    private const int Locked = 6;
    private const int NotADatabase = 26;

    public static StorageException Translate(string path, SqliteException exception) => exception.SqliteErrorCode switch
    {
        Busy or Locked => new StorageException(StorageErrors.LockedCode, Format(StorageErrors.Locked, path, Reason(exception)), exception),
        NotADatabase => new StorageException(StorageErrors.NotADatabaseCode, Format(StorageErrors.NotADatabase, path), exception),
        _ => new StorageException(StorageErrors.UnavailableCode, Format(StorageErrors.Unavailable, path, Reason(exception)), exception),
    };

    /// <summary>"SQLite Error 14: 'unable to open database file'." → "unable to open database file".</summary>
    private static string Reason(SqliteException exception)
    {
        var message = exception.Message;
        var start = message.IndexOf('\'', StringComparison.Ordinal);
        var end = message.LastIndexOf('\'');
        return start >= 0 && end > start ? message[(start + 1)..end] : message.TrimEnd('.');
    }

    private static string Format(string format, params object[] values) => string.Format(CultureInfo.InvariantCulture, format, values);
}
