using TextMiner.Storage.Crawling;
using TextMiner.Storage.Schema;
using TextMiner.Storage.Sql;

namespace TextMiner.Storage;

/// <summary>
/// The SQLite store, the source of truth: documents with their paragraphs, findings and themes, version history, crawl
/// state and index bookkeeping. One writer at a time (writes are serialised); reads run beside it.
/// </summary>
public sealed partial class DocumentStore : IAsyncDisposable
{
    private readonly SqliteDatabase database;
    private readonly TimeProvider time;

    private DocumentStore(SqliteDatabase database, TimeProvider time, IReadOnlyList<int> appliedMigrations)
    {
        this.database = database;
        this.time = time;
        AppliedMigrations = appliedMigrations;
        CrawlState = new CrawlStateStore(database);
    }

    /// <summary>The newest schema version this build knows.</summary>
    public static int SchemaVersion => Migrations.Latest;

    /// <summary>The full path of the database file.</summary>
    public string DatabasePath => database.Path;

    /// <summary>The migrations this open applied (empty when the database was already current).</summary>
    public IReadOnlyList<int> AppliedMigrations { get; }

    /// <summary>Crawl state on the same database.</summary>
    public CrawlStateStore CrawlState { get; }

    /// <summary>
    /// Opens (creating when missing) the database and brings its schema up to date.
    /// Throws <see cref="StorageException"/> with <see cref="StorageErrors.SchemaTooNewCode"/> for a database written by
    /// a newer build, <see cref="StorageErrors.NotADatabaseCode"/> for a file that is not SQLite.
    /// </summary>
    public static async Task<DocumentStore> OpenAsync(string databasePath, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        ArgumentNullException.ThrowIfNull(time);
        var database = await SqliteDatabase.OpenAsync(databasePath, cancellationToken).ConfigureAwait(false);
        try
        {
            var applied = await Migrator.MigrateAsync(database, Migrations.All, time, cancellationToken).ConfigureAwait(false);
            return new DocumentStore(database, time, applied);
        }
        catch
        {
            await database.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Opens an existing database for reading only, as the web page does: it is never created, configured or migrated.
    /// Throws <see cref="StorageException"/> with <see cref="StorageErrors.SchemaTooOldCode"/> for a schema older than
    /// this build's (a verb that writes upgrades it), <see cref="StorageErrors.SchemaTooNewCode"/> for a newer one,
    /// <see cref="StorageErrors.NotADatabaseCode"/> for a file that is not SQLite.
    /// </summary>
    public static async Task<DocumentStore> OpenReadOnlyAsync(string databasePath, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        ArgumentNullException.ThrowIfNull(time);
        var database = await SqliteDatabase.OpenReadOnlyAsync(databasePath, cancellationToken).ConfigureAwait(false);
        try
        {
            await Migrator.CheckCurrentAsync(database, Migrations.Latest, cancellationToken).ConfigureAwait(false);
            return new DocumentStore(database, time, []);
        }
        catch
        {
            await database.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>True when opened with <see cref="OpenReadOnlyAsync"/>: every write throws <see cref="StorageErrors.ReadOnlyCode"/>.</summary>
    public bool IsReadOnly => database.IsReadOnly;

    /// <summary>
    /// Makes every committed write durable on disk (synchronous=FULL and a full WAL checkpoint): called before the
    /// search index commits, so a power loss can never leave the index holding documents the store lost.
    /// </summary>
    public Task SyncToDiskAsync(CancellationToken cancellationToken) => database.SyncToDiskAsync(cancellationToken);

    public ValueTask DisposeAsync() => database.DisposeAsync();
}
