namespace TextMiner.Search;

/// <summary>
/// One matching unit. <paramref name="Location"/> is the URL or path; <paramref name="Paragraph"/> is the paragraph
/// index (paragraph and quote units). Quote fields are set for quote units only.
/// </summary>
public sealed record SearchHit(
    string Id,
    string DocumentId,
    Unit Unit,
    string Title,
    DateOnly? Published,
    string Source,
    string Kind,
    string Location,
    float Score,
    int? Paragraph,
    int? Page,
    string? Heading,
    string? Speaker,
    string? Role,
    string? Organisation,
    string? QuoteText,
    IReadOnlyList<string> Themes,
    IReadOnlyList<string> Ratings,
    Snippet Snippet)
{
    /// <summary>Where else the same bytes were found: one document, several locations.</summary>
    public IReadOnlyList<string> OtherLocations { get; init; } = [];

    public bool IsUrl => Core.DocumentId.IsUrl(Location);
}
