namespace TextMiner.Core;

/// <summary>
/// The one data directory: textminer.db (SQLite), index/ (Lucene), raw/ (bytes by sha256), models/ (classifier),
/// runs/ (one JSON summary per nightly run).
/// </summary>
public sealed record DataDirectory(string Root)
{
    public const string EnvironmentVariable = "TEXTMINER_DATA";
    public const string DefaultRoot = "data";

    public string DatabasePath => Path.Combine(Root, "textminer.db");

    public string IndexPath => Path.Combine(Root, "index");

    public string RawPath => Path.Combine(Root, "raw");

    public string ModelsPath => Path.Combine(Root, "models");

    public string RunsPath => Path.Combine(Root, "runs");

    /// <summary>An explicit --data wins, then TEXTMINER_DATA, then ./data.</summary>
    public static DataDirectory Resolve(string? explicitRoot, string? environmentValue) =>
        new(Path.GetFullPath(!string.IsNullOrWhiteSpace(explicitRoot) ? explicitRoot
            : !string.IsNullOrWhiteSpace(environmentValue) ? environmentValue
            : DefaultRoot));

    public DataDirectory EnsureCreated()
    {
        foreach (var dir in new[] { Root, IndexPath, RawPath, ModelsPath, RunsPath })
        {
            Directory.CreateDirectory(dir);
        }

        return this;
    }
}
