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
    string? ContentType = null);
