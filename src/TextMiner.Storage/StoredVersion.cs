namespace TextMiner.Storage;

/// <summary>
/// What the store holds for an id, without its content: the version (sha256 of the raw bytes) and the version the
/// search index last took (null when never indexed).
/// </summary>
public sealed record StoredVersion(
    string Id,
    string Version,
    string Source,
    string Location,
    DateTimeOffset SavedAt,
    string? IndexedVersion)
{
    public bool IsIndexed => string.Equals(Version, IndexedVersion, StringComparison.Ordinal);
}
