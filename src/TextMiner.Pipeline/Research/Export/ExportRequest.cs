using TextMiner.Search;

namespace TextMiner.Pipeline.Research.Export;

/// <summary>
/// What to export and which units: the same query (Lucene syntax) and filters as search. With no query and no filter
/// every stored row is exported straight from SQLite.
/// </summary>
public sealed record ExportRequest(
    ExportWhat What,
    ExportFormat Format = ExportFormat.Csv,
    string Query = "",
    string? Source = null,
    string? Kind = null,
    string? Theme = null,
    DateOnly? From = null,
    DateOnly? To = null,
    string? Speaker = null,
    string? Organisation = null,
    string? Rating = null,
    double MinConfidence = 0)
{
    /// <summary>The search unit that selects the rows: documents, quotes, or paragraphs (for paragraphs, ratings and figures).</summary>
    public Unit SelectionUnit => What switch
    {
        ExportWhat.Documents => Unit.Document,
        ExportWhat.Quotes => Unit.Quote,
        _ => Unit.Paragraph,
    };

    public bool SelectsEverything =>
        string.IsNullOrWhiteSpace(Query) && string.IsNullOrWhiteSpace(Source) && string.IsNullOrWhiteSpace(Kind)
        && string.IsNullOrWhiteSpace(Theme) && From is null && To is null && string.IsNullOrWhiteSpace(Speaker)
        && string.IsNullOrWhiteSpace(Organisation) && string.IsNullOrWhiteSpace(Rating);
}
