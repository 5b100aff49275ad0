namespace TextMiner.Core.Records;

/// <summary>
/// A parsed document. <paramref name="Id"/> is stable for its location; <paramref name="Version"/> is the sha256 of its raw bytes.
/// <paramref name="Location"/> is the canonical URL or the local path.
/// </summary>
public sealed record Document(
    string Id,
    string Version,
    string Source,
    string Location,
    string Title,
    DateOnly? Published,
    string Kind,
    IReadOnlyList<Paragraph> Paragraphs)
{
    public bool IsUrl => DocumentId.IsUrl(Location);
}
