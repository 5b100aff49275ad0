namespace TextMiner.Web.Api;

/// <summary>One paragraph or document hit of /api/search.</summary>
internal sealed record SearchHitModel(
    string Id,
    string DocumentId,
    string Unit,
    string Title,
    DateOnly? Published,
    string Source,
    string Kind,
    string Location,
    string? Url,
    int? Paragraph,
    int? Page,
    string? Heading,
    float Score,
    IReadOnlyList<string> Themes,
    IReadOnlyList<string> Ratings,
    SnippetModel Snippet);
