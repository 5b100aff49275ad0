namespace TextMiner.Pipeline.Research.Snapshots;

/// <summary>Why a snapshot could not be written or restored: codes tests assert, and messages ({0} is the file or directory).</summary>
public static class SnapshotErrors
{
    public const string TargetNotEmptyCode = "target-not-empty";
    public const string TargetNotEmpty = "the target data directory is not empty: {0} (restore only into a new or empty directory)";

    public const string NotASnapshotCode = "not-a-snapshot";
    public const string NotASnapshot = "not a TextMiner snapshot: {0}";

    public const string ManifestInvalidCode = "manifest-invalid";
    public const string ManifestInvalid = "the snapshot manifest cannot be read: {0}";

    public const string UnsupportedFormatCode = "unsupported-format";
    public const string UnsupportedFormat = "the snapshot format {0} is not supported (this build reads format {1})";

    public const string UnsafePathCode = "unsafe-path";
    public const string UnsafePath = "the snapshot holds a file outside the data directory layout: {0}";

    public const string MissingFileCode = "missing-file";
    public const string MissingFile = "the snapshot lacks a file its manifest lists: {0}";

    public const string UnlistedFileCode = "unlisted-file";
    public const string UnlistedFile = "the snapshot holds a file its manifest does not list: {0}";

    public const string HashMismatchCode = "hash-mismatch";
    public const string HashMismatch = "hash mismatch for {0}: the manifest says sha256 {1} ({2} bytes), the file has {3} ({4} bytes)";

    public const string SizeMismatchCode = "size-mismatch";
    public const string SizeMismatch = "size mismatch for {0}: the manifest says {1} bytes, the zip entry {2}; refused before extracting more than the manifest allows";

    public const string TooLargeCode = "snapshot-too-large";
    public const string TooLarge = "the snapshot would restore {0:N0} bytes, more than the limit of {1:N0}";
}
