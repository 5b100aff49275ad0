namespace TextMiner.Pipeline;

/// <summary>
/// Codes and details the pipeline gives for an input it could not take (the <c>Reason</c> of a skipped or failed
/// <c>StageResult</c>); tests assert these. Each code is listed in docs/diagnostics.md.
/// </summary>
public static class PipelineErrors
{
    public const string FileNotFoundCode = "file-not-found";
    public const string FileNotFound = "no such file or directory";

    public const string AccessDeniedCode = "access-denied";
    public const string AccessDenied = "permission denied: the file cannot be read";

    public const string IsADirectoryCode = "is-a-directory";
    public const string IsADirectory = "is a directory";

    public const string ReadFailedCode = "read-failed";

    /// <summary>Format: {0} the operating system's message.</summary>
    public const string ReadFailed = "cannot read the file: {0}";

    public const string FileTooLargeCode = "file-too-large";

    /// <summary>Format: {0} the file's size, {1} the limit, both in bytes.</summary>
    public const string FileTooLarge = "{0:N0} bytes is over the {1:N0}-byte limit (raise it with --max-file-mb)";

    public const string StoreFailedCode = "store-failed";

    /// <summary>Format: {0} the store's message.</summary>
    public const string StoreFailed = "cannot store the document: {0}";

    /// <summary>Another process held the database past its busy timeout: a transient failure, the next run may succeed.</summary>
    public const string DatabaseLockedCode = "database-locked";

    /// <summary>Format: {0} SQLite's message.</summary>
    public const string DatabaseLocked = "the database was locked by another process: {0}";
}
