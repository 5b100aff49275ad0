namespace TextMiner.Web.Api;

/// <summary>One quote as the quotes page shows it, with a ready-to-paste citation.</summary>
internal sealed record QuoteCard(
    string Id,
    string DocumentId,
    SnippetModel Quote,
    string? Speaker,
    string? Role,
    string? Organisation,
    DateOnly? Published,
    string Title,
    string Source,
    string Kind,
    string Location,
    string? Url,
    int? Paragraph,
    int? Page,
    IReadOnlyList<string> Themes,
    string Citation);
