namespace TextMiner.Core.Records;

/// <summary>
/// Bytes as fetched from a URL or read from a local file, before parsing.
/// <paramref name="Location"/> is the canonical URL or the file path; the document id derives from it.
/// </summary>
public sealed record RawDocument(
    string Source,
    string Location,
    byte[] Bytes,
    string? ContentType,
    DateTimeOffset FetchedAt,
    string? ETag = null,
    DateTimeOffset? LastModified = null,
    PageHints? Hints = null)
{
    public string Sha256 { get; } = ContentHash.Sha256Hex(Bytes);

    public string Id => DocumentId.For(Location);

    public bool IsUrl => DocumentId.IsUrl(Location);

    /// <summary>The file extension of the location, lower case with the dot (".pdf"), or "" when none.</summary>
    public string Extension
    {
        get
        {
            var path = IsUrl ? new Uri(Location).AbsolutePath : Location;
            return System.IO.Path.GetExtension(path).ToLowerInvariant();
        }
    }
}
