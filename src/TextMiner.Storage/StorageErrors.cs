namespace TextMiner.Storage;

/// <summary>Error codes and messages of the store, as named constants that callers and tests can match.</summary>
public static class StorageErrors
{
    public const string SchemaTooNewCode = "store.schema-too-new";

    /// <summary>Format: {0} the database's schema version, {1} the newest version this build knows, {2} the path.</summary>
    public const string SchemaTooNew =
        "The database {2} has schema version {0}, newer than this TextMiner knows ({1}); use a newer TextMiner.";

    public const string NotADatabaseCode = "store.not-a-database";

    /// <summary>Format: {0} the path.</summary>
    public const string NotADatabase = "The file {0} is not a TextMiner SQLite database.";

    public const string InvalidDocumentCode = "store.invalid-document";

    /// <summary>Format: {0} the document id, {1} what is wrong.</summary>
    public const string InvalidDocument = "The document {0} cannot be stored: {1}.";

    public const string SchemaTooOldCode = "store.schema-too-old";

    /// <summary>Format: {0} the database's schema version, {1} the version this build needs.</summary>
    public const string SchemaTooOld =
        "The store has schema version {0}; this TextMiner needs version {1}. The web page never changes the store: run a verb that writes (for example `textminer reindex`) once to upgrade it, then reload.";

    public const string ReadOnlyCode = "store.read-only";

    /// <summary>Format: {0} the path.</summary>
    public const string ReadOnly = "The database {0} was opened read-only; open it with DocumentStore.OpenAsync to change it.";

    public const string NotDurableCode = "store.not-durable";

    /// <summary>Format: {0} the path.</summary>
    public const string NotDurable = "The database {0} could not be synced to disk (readers held the checkpoint back); try again.";

    public const string LockedCode = "store.locked";

    /// <summary>Format: {0} the path, {1} SQLite's reason.</summary>
    public const string Locked = "The database {0} is locked by another process ({1}); try again when it has finished.";

    public const string UnavailableCode = "store.unavailable";

    /// <summary>Format: {0} the path, {1} SQLite's reason.</summary>
    public const string Unavailable = "The database {0} cannot be used: {1}.";
}
