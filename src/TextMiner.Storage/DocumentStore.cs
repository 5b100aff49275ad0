using TextMiner.Core.Records;
using TextMiner.Storage.Crawling;
using TextMiner.Storage.Documents;
using TextMiner.Storage.Health;
using TextMiner.Storage.Indexing;
using TextMiner.Storage.Queries;
using TextMiner.Storage.Schema;
using TextMiner.Storage.Sql;
using TextMiner.Storage.Statistics;

namespace TextMiner.Storage;

/// <summary>
/// The SQLite store, the source of truth: documents with their paragraphs, findings and themes, version history, crawl
/// state and index bookkeeping. One writer at a time (writes are serialised); reads run beside it. A facade: each
/// responsibility is its own small class on the same database (<see cref="Writer"/>, <see cref="Reader"/>,
/// <see cref="Locations"/>, <see cref="Findings"/>, <see cref="IndexState"/>, <see cref="CrawlState"/>,
/// <see cref="Counts"/>, <see cref="Integrity"/>, <see cref="Statistics"/>), and the methods below forward to them.
/// </summary>
public sealed class DocumentStore : IAsyncDisposable
{
    /// <summary>The version to mark an id with after deleting it from the index.</summary>
    public const string RemovedFromIndex = IndexBookkeeping.RemovedFromIndex;

    private readonly SqliteDatabase database;

    private DocumentStore(SqliteDatabase database, TimeProvider time, IReadOnlyList<int> appliedMigrations)
    {
        this.database = database;
        AppliedMigrations = appliedMigrations;
        Writer = new DocumentVersionWriter(database, time);
        Reader = new DocumentVersionReader(database);
        Locations = new DocumentLocations(database, time);
        Findings = new FindingQueries(database);
        IndexState = new IndexBookkeeping(database, time);
        CrawlState = new CrawlStateStore(database);
        Counts = new StoreCounts(database);
        Integrity = new IntegrityCheck(database);
        Statistics = new StatisticsService(this);
    }

    /// <summary>The newest schema version this build knows.</summary>
    public static int SchemaVersion => Migrations.Latest;

    /// <summary>How long a write waits for another connection's lock before it fails as locked, unless told otherwise.</summary>
    public static TimeSpan DefaultBusyTimeout => SqliteDatabase.DefaultBusyTimeout;

    /// <summary>The full path of the database file.</summary>
    public string DatabasePath => database.Path;

    /// <summary>The migrations this open applied (empty when the database was already current).</summary>
    public IReadOnlyList<int> AppliedMigrations { get; }

    /// <summary>Documents and their version history, written.</summary>
    public DocumentVersionWriter Writer { get; }

    /// <summary>Documents, their current versions and their history, read.</summary>
    public DocumentVersionReader Reader { get; }

    /// <summary>Where else a document's bytes were found, and the lookup by content.</summary>
    public DocumentLocations Locations { get; }

    /// <summary>Every rating, figure and quote with its document's provenance.</summary>
    public FindingQueries Findings { get; }

    /// <summary>Which documents the search index still has to take or drop.</summary>
    public IndexBookkeeping IndexState { get; }

    /// <summary>Crawl state on the same database.</summary>
    public CrawlStateStore CrawlState { get; }

    /// <summary>Counts over the whole store (status, doctor).</summary>
    public StoreCounts Counts { get; }

    /// <summary>SQLite's quick check, foreign keys and dangling findings (doctor).</summary>
    public IntegrityCheck Integrity { get; }

    /// <summary>The research statistics (`stats`, exports, the web page's figures), computed from the findings.</summary>
    public StatisticsService Statistics { get; }

    /// <summary>
    /// Opens (creating when missing) the database and brings its schema up to date.
    /// Throws <see cref="StorageException"/> with <see cref="StorageErrors.SchemaTooNewCode"/> for a database written by
    /// a newer build, <see cref="StorageErrors.NotADatabaseCode"/> for a file that is not SQLite.
    /// </summary>
    public static Task<DocumentStore> OpenAsync(string databasePath, TimeProvider time, CancellationToken cancellationToken) =>
        OpenAsync(databasePath, time, DefaultBusyTimeout, cancellationToken);

    /// <summary>
    /// As <see cref="OpenAsync(string, TimeProvider, CancellationToken)"/>; a write that waits longer than
    /// <paramref name="busyTimeout"/> for another connection's lock throws <see cref="StorageErrors.LockedCode"/>.
    /// </summary>
    public static async Task<DocumentStore> OpenAsync(
        string databasePath, TimeProvider time, TimeSpan busyTimeout, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        ArgumentNullException.ThrowIfNull(time);
        var database = await SqliteDatabase.OpenAsync(databasePath, busyTimeout, cancellationToken).ConfigureAwait(false);
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

    /// <summary>A consistent copy of the database at <paramref name="destination"/> (VACUUM INTO), safe while others write.</summary>
    public Task BackupToAsync(string destination, CancellationToken cancellationToken) => database.BackupToAsync(destination, cancellationToken);

    /// <summary>Closes the pooled read connections of every store, so a data directory can be moved or deleted.</summary>
    public static void ReleaseAllFiles() => SqliteDatabase.ReleaseAllFiles();

    /// <inheritdoc cref="DocumentVersionWriter.SaveAsync"/>
    public Task<SaveResult> SaveAsync(AnalysedDocument document, CancellationToken cancellationToken) => Writer.SaveAsync(document, cancellationToken);

    /// <inheritdoc cref="DocumentVersionWriter.ReplaceAsync"/>
    public Task<SaveResult> ReplaceAsync(AnalysedDocument document, CancellationToken cancellationToken) => Writer.ReplaceAsync(document, cancellationToken);

    public Task<StoredVersion?> GetVersionAsync(string documentId, CancellationToken cancellationToken) => Reader.GetVersionAsync(documentId, cancellationToken);

    public Task<AnalysedDocument?> GetAsync(string id, CancellationToken cancellationToken) => Reader.GetAsync(id, cancellationToken);

    public IAsyncEnumerable<AnalysedDocument> ReadAllAsync(CancellationToken cancellationToken) => Reader.ReadAllAsync(cancellationToken);

    public Task<IReadOnlyList<DocumentVersion>> GetHistoryAsync(string id, CancellationToken cancellationToken) => Reader.GetHistoryAsync(id, cancellationToken);

    public Task<string?> FindByContentAsync(string sha256, string exceptId, CancellationToken cancellationToken) =>
        Locations.FindByContentAsync(sha256, exceptId, cancellationToken);

    public Task<bool> AddLocationAsync(string documentId, string location, string source, CancellationToken cancellationToken) =>
        Locations.AddLocationAsync(documentId, location, source, cancellationToken);

    public IAsyncEnumerable<StoredRating> ReadRatingsAsync(CancellationToken cancellationToken) => Findings.ReadRatingsAsync(cancellationToken);

    public IAsyncEnumerable<StoredFigure> ReadFiguresAsync(CancellationToken cancellationToken) => Findings.ReadFiguresAsync(cancellationToken);

    public IAsyncEnumerable<StoredQuote> ReadQuotesAsync(CancellationToken cancellationToken) => Findings.ReadQuotesAsync(cancellationToken);

    public Task<IReadOnlyList<string>> GetIdsNeedingIndexAsync(CancellationToken cancellationToken) => IndexState.GetIdsNeedingIndexAsync(cancellationToken);

    /// <inheritdoc cref="IndexBookkeeping.MarkIndexedAsync"/>
    public Task MarkIndexedAsync(IReadOnlyCollection<(string Id, string Version)> documents, CancellationToken cancellationToken) =>
        IndexState.MarkIndexedAsync(documents, cancellationToken);

    public Task MarkAllForReindexAsync(CancellationToken cancellationToken) => IndexState.MarkAllForReindexAsync(cancellationToken);

    public Task<IReadOnlyList<(string Id, string Version)>> GetAllVersionsAsync(CancellationToken cancellationToken) =>
        IndexState.GetAllVersionsAsync(cancellationToken);

    /// <inheritdoc cref="IndexBookkeeping.DeleteAsync"/>
    public Task<bool> DeleteAsync(string id, CancellationToken cancellationToken) => IndexState.DeleteAsync(id, cancellationToken);

    public Task<IReadOnlyList<string>> CheckIntegrityAsync(CancellationToken cancellationToken) => Integrity.CheckIntegrityAsync(cancellationToken);

    public Task<StoreStatistics> GetStatisticsAsync(CancellationToken cancellationToken) => Counts.GetStatisticsAsync(cancellationToken);

    public ValueTask DisposeAsync() => database.DisposeAsync();
}
