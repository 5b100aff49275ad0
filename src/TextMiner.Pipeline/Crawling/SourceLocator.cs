namespace TextMiner.Pipeline.Crawling;

/// <summary>Finds the pipelines/ folder: the one given, else ./pipelines, else the copy beside the program.</summary>
public static class SourceLocator
{
    public const string FolderName = "pipelines";

    public static string PipelinesDirectory(string? given)
    {
        if (!string.IsNullOrWhiteSpace(given))
        {
            return given;
        }

        return Directory.Exists(FolderName) ? FolderName : Path.Combine(AppContext.BaseDirectory, FolderName);
    }
}
