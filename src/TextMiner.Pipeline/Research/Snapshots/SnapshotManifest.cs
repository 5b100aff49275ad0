namespace TextMiner.Pipeline.Research.Snapshots;

/// <summary>
/// manifest.json in a snapshot: the format, the tool and schema versions that wrote it, when, what it holds, and the
/// sha256 and size of every other file in the zip (paths with '/').
/// </summary>
public sealed record SnapshotManifest(
    int Format,
    string ToolVersion,
    int SchemaVersion,
    DateTimeOffset CreatedAt,
    SnapshotCounts Counts,
    IReadOnlyList<SnapshotFile> Files)
{
    public const int CurrentFormat = 1;
    public const string EntryName = "manifest.json";
    public const string DatabaseEntry = "textminer.db";
    public const string RawFolder = "raw/";
    public const string ModelsFolder = "models/";
}
