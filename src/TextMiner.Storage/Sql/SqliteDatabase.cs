using Microsoft.Data.Sqlite;

namespace TextMiner.Storage.Sql;

/// <summary>
/// One SQLite file: a single writer connection guarded by a lock (every write in one IMMEDIATE transaction), and
/// pooled read-only connections for readers, which WAL lets run beside the writer. Opened with
/// <see cref="OpenReadOnlyAsync"/> it has no writer at all: nothing is created, configured or written.
/// </summary>
internal sealed class SqliteDatabase : IAsyncDisposable
{
    /// <summary>How long a write waits for another connection's lock before it fails as locked, unless told otherwise.</summary>
    public static readonly TimeSpan DefaultBusyTimeout = TimeSpan.FromSeconds(10);

    private readonly SqliteConnection? writer;
    private readonly string readerConnectionString;
    private readonly SemaphoreSlim writeLock = new(1, 1);
    private int disposed;

    private readonly TimeSpan busyTimeout;

    private SqliteDatabase(string path, SqliteConnection? writer, string readerConnectionString, TimeSpan busyTimeout)
    {
        Path = path;
        this.writer = writer;
        this.readerConnectionString = readerConnectionString;
        this.busyTimeout = busyTimeout;
    }


    public string Path { get; }

    public static async Task<SqliteDatabase> OpenAsync(string path, TimeSpan busyTimeout, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(busyTimeout, TimeSpan.Zero);
        var fullPath = System.IO.Path.GetFullPath(path);
        var directory = System.IO.Path.GetDirectoryName(fullPath);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        var writerString = Build(fullPath, SqliteOpenMode.ReadWriteCreate, pooling: false, busyTimeout);
        var readerString = Build(fullPath, SqliteOpenMode.ReadOnly, pooling: true, busyTimeout);
        var writer = new SqliteConnection(writerString);
        try
        {
            await writer.OpenAsync(cancellationToken).ConfigureAwait(false);

            // WAL: readers beside the one writer, and a process kill loses nothing committed. NORMAL sync is safe with WAL.
            await ExecuteAsync(writer, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;", cancellationToken)
                .ConfigureAwait(false);
            await ConfigureAsync(writer, busyTimeout, cancellationToken).ConfigureAwait(false);
        }
        catch (SqliteException exception)
        {
            await writer.DisposeAsync().ConfigureAwait(false);
            throw SqliteFailures.Translate(fullPath, exception);
        }
        catch
        {
            await writer.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return new SqliteDatabase(fullPath, writer, readerString, busyTimeout);
    }

    /// <summary>
    /// Opens an existing database for reading only: no directory or file is created, the journal mode is left as it
    /// is, and <see cref="WriteAsync{T}"/> throws <see cref="StorageErrors.ReadOnlyCode"/>.
    /// </summary>
    public static async Task<SqliteDatabase> OpenReadOnlyAsync(string path, CancellationToken cancellationToken)
    {
        var fullPath = System.IO.Path.GetFullPath(path);
        var database = new SqliteDatabase(
            fullPath, writer: null, Build(fullPath, SqliteOpenMode.ReadOnly, pooling: true, DefaultBusyTimeout), DefaultBusyTimeout);
        try
        {
            var probe = await database.OpenReaderAsync(cancellationToken).ConfigureAwait(false);
            await probe.DisposeAsync().ConfigureAwait(false);
            return database;
        }
        catch
        {
            await database.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public bool IsReadOnly => writer is null;

    /// <summary>Opens a read-only connection; the caller disposes it.</summary>
    public async Task<SqliteConnection> OpenReaderAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref disposed) != 0, this);
        var connection = new SqliteConnection(readerConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await ConfigureAsync(connection, busyTimeout, cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch (SqliteException exception)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw SqliteFailures.Translate(Path, exception);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Runs <paramref name="work"/> in one IMMEDIATE transaction on the writer connection and commits it; any exception
    /// (cancellation included) rolls the whole transaction back.
    /// </summary>
    public async Task<T> WriteAsync<T>(
        Func<SqliteTransaction, CancellationToken, Task<T>> work,
        CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref disposed) != 0, this);
        await writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(Volatile.Read(ref disposed) != 0, this);
            using var transaction = Writer.BeginTransaction(deferred: false);
            var result = await work(transaction, cancellationToken).ConfigureAwait(false);
            if (transaction.Connection is not null)
            {
                transaction.Commit();
            }

            return result;
        }
        catch (SqliteException exception) when (exception.SqliteErrorCode != SqliteFailures.Constraint)
        {
            throw SqliteFailures.Translate(Path, exception);
        }
        finally
        {
            writeLock.Release();
        }
    }

    /// <summary>
    /// A consistent copy of the live (WAL) database with VACUUM INTO: one read transaction, so writes in progress are
    /// either wholly in the copy or not at all. A raw file copy could tear pages or miss the write-ahead log.
    /// </summary>
    public async Task BackupToAsync(string destination, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref disposed) != 0, this);
        var connection = new SqliteConnection(Build(Path, SqliteOpenMode.ReadWrite, pooling: false, busyTimeout));
        await using (connection.ConfigureAwait(false))
        {
            try
            {
                await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
                using var command = connection.CreateCommand();
                command.CommandText = "VACUUM INTO $destination;";
                command.Parameters.AddWithValue("$destination", destination);
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (SqliteException exception)
            {
                throw SqliteFailures.Translate(Path, exception);
            }
        }
    }

    /// <summary>Closes the pooled connections of every database, so their files can be moved or deleted.</summary>
    public static void ReleaseAllFiles() => SqliteConnection.ClearAllPools();

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) != 0)
        {
            return;
        }

        // Wait for a write in flight; writes that arrive later see the flag and throw.
        await writeLock.WaitAsync().ConfigureAwait(false);
        try
        {
            using (var reader = new SqliteConnection(readerConnectionString))
            {
                SqliteConnection.ClearPool(reader);
            }

            if (writer is not null)
            {
                await writer.DisposeAsync().ConfigureAwait(false);
            }
        }
        finally
        {
            // The semaphore is left undisposed: a writer queued behind this dispose still releases it.
            writeLock.Release();
        }
    }

    /// <summary>
    /// Makes every committed write durable on disk: a FULL checkpoint syncs the WAL, copies it into the database file
    /// and syncs that. Commits run with synchronous=NORMAL (fast, and safe against a process kill); this is the one
    /// commit point that must survive a power loss too, because the search index is about to commit what it holds.
    /// </summary>
    /// <exception cref="StorageException"><see cref="StorageErrors.NotDurableCode"/>: readers kept the checkpoint from finishing.</exception>
    public async Task SyncToDiskAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref disposed) != 0, this);
        await writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await ExecuteAsync(Writer, "PRAGMA synchronous = FULL;", cancellationToken).ConfigureAwait(false);
            using var command = Writer.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(FULL);";
            long busy;
            using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                busy = await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? reader.GetInt64(0) : 0;
            }

            await ExecuteAsync(Writer, "PRAGMA synchronous = NORMAL;", cancellationToken).ConfigureAwait(false);
            if (busy != 0)
            {
                throw new StorageException(
                    StorageErrors.NotDurableCode, string.Format(System.Globalization.CultureInfo.InvariantCulture, StorageErrors.NotDurable, Path));
            }
        }
        catch (SqliteException exception)
        {
            throw SqliteFailures.Translate(Path, exception);
        }
        finally
        {
            writeLock.Release();
        }
    }

    private SqliteConnection Writer => writer ?? throw new StorageException(
        StorageErrors.ReadOnlyCode, string.Format(System.Globalization.CultureInfo.InvariantCulture, StorageErrors.ReadOnly, Path));

    // Microsoft.Data.Sqlite retries a busy statement for DefaultTimeout whole seconds (0 would mean for ever), on top
    // of SQLite's own busy_timeout: at least one second.
    private static string Build(string path, SqliteOpenMode mode, bool pooling, TimeSpan busyTimeout) => new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = mode,
        Cache = SqliteCacheMode.Private,
        ForeignKeys = true,
        Pooling = pooling,
        DefaultTimeout = Math.Max(1, (int)Math.Ceiling(busyTimeout.TotalSeconds)),
    }.ToString();

    private static Task ConfigureAsync(SqliteConnection connection, TimeSpan busyTimeout, CancellationToken cancellationToken) =>
        ExecuteAsync(
            connection,
            FormattableString.Invariant($"PRAGMA busy_timeout = {(long)busyTimeout.TotalMilliseconds};"),
            cancellationToken);

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
