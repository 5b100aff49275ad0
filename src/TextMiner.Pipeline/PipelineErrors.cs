namespace TextMiner.Pipeline;

/// <summary>Reasons the pipeline gives for a file it could not take; tests assert these.</summary>
public static class PipelineErrors
{
    public const string FileNotFound = "no such file or directory";
    public const string AccessDenied = "permission denied: the file cannot be read";
    public const string IsADirectory = "is a directory";
    public const string ReadFailed = "cannot read the file: {0}";
    public const string FileTooLarge = "skipped: {0:N0} bytes is over the {1:N0}-byte limit (raise it with --max-file-mb)";
    public const string StoreFailed = "cannot store the document: {0}";
}
