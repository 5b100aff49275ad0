namespace TextMiner.Core.Records;

/// <summary>
/// A document after Parse, Extract and Classify: what Store and Index take.
/// <paramref name="ParagraphThemes"/> has one entry per paragraph, in paragraph order.
/// </summary>
public sealed record AnalysedDocument(
    Document Document,
    Findings Findings,
    IReadOnlyList<ThemeScore> Themes,
    IReadOnlyList<IReadOnlyList<ThemeScore>> ParagraphThemes,
    DateTimeOffset FetchedAt,
    string? ContentType = null)
{
    /// <summary>Other paths or URLs where the same bytes were found; the document is stored and indexed once.</summary>
    public IReadOnlyList<string> OtherLocations { get; init; } = [];
}
