using TextMiner.Core.Records;

namespace TextMiner.Web.Api;

/// <summary>The answer of /api/documents/{id} and the model of the document page.</summary>
internal sealed record DocumentModel(
    string Id,
    string Version,
    string Title,
    string Source,
    string Kind,
    string Location,
    string? Url,
    DateOnly? Published,
    DateTimeOffset FetchedAt,
    IReadOnlyList<ThemeScore> Themes,
    IReadOnlyList<ParagraphModel> Paragraphs,
    IReadOnlyList<Rating> Ratings,
    IReadOnlyList<Figure> Figures,
    IReadOnlyList<Quote> Quotes)
{
    /// <summary>Other paths or URLs where the same bytes were found (one document, several locations).</summary>
    public IReadOnlyList<string> OtherLocations { get; init; } = [];
}
