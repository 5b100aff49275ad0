namespace TextMiner.Storage.Statistics;

/// <summary>One figure with where it was read: document, paragraph and the words themselves.</summary>
public sealed record FigurePoint(
    DateOnly? Published,
    double Value,
    string? Subject,
    string Evidence,
    string DocumentId,
    string Source,
    string Title,
    string Location,
    int Paragraph);
