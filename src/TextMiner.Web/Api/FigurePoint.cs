namespace TextMiner.Web.Api;

/// <summary>One figure with its document's date and title.</summary>
internal sealed record FigurePoint(
    DateOnly? Published,
    double Value,
    string? Subject,
    string Evidence,
    string DocumentId,
    string Title,
    string Source,
    int Paragraph);
