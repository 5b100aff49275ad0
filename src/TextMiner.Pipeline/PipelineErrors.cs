namespace TextMiner.Pipeline;

/// <summary>Reasons the pipeline gives for a file it could not take; tests assert these.</summary>
public static class PipelineErrors
{
    public const string FileNotFound = "no such file or directory";
    public const string AccessDenied = "permission denied: the file cannot be read";
    public const string IsADirectory = "is a directory";
    public const string ReadFailed = "cannot read the file: {0}";
    public const string StoreFailed = "cannot store the document: {0}";
}
