using System.Globalization;
using TextMiner.Search;

namespace TextMiner.Pipeline.Research.Export;

/// <summary>
/// The units a search selects, collected page by page through <see cref="SearchIndex.Search"/>: documents for a
/// documents export, quotes for quotes, paragraphs for paragraphs, ratings and figures (a finding is selected when the
/// paragraph holding its evidence is).
/// </summary>
internal sealed class ExportSelection
{
    private readonly HashSet<string> keys;

    private ExportSelection(HashSet<string> keys) => this.keys = keys;

    public int Count => keys.Count;

    public static SearchRequest SearchFor(ExportRequest request, int offset) => new(
        Query: request.Query ?? string.Empty,
        Unit: request.SelectionUnit,
        Source: request.Source,
        Kind: request.Kind,
        Theme: request.Theme,
        Speaker: request.Speaker,
        Organisation: request.Organisation,
        Rating: request.Rating,
        From: request.From,
        To: request.To,
        Limit: SearchRequest.MaxLimit,
        Offset: offset);

    /// <exception cref="SearchQueryException">The query cannot be run.</exception>
    public static ExportSelection Collect(SearchIndex index, ExportRequest request, CancellationToken cancellationToken)
    {
        var unit = request.SelectionUnit;
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var offset = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var response = index.Search(SearchFor(request, offset));
            foreach (var hit in response.Hits)
            {
                keys.Add(KeyOf(unit, hit));
            }

            offset += response.Hits.Count;
            if (response.Hits.Count == 0 || offset >= response.Total)
            {
                return new ExportSelection(keys);
            }
        }
    }

    public static string ParagraphKey(string documentId, int paragraph) =>
        string.Create(CultureInfo.InvariantCulture, $"{documentId}#p{paragraph}");

    public static string QuoteKey(string documentId, int ordinal) =>
        string.Create(CultureInfo.InvariantCulture, $"{documentId}#q{ordinal}");

    public bool Contains(string key) => keys.Contains(key);

    private static string KeyOf(Unit unit, SearchHit hit) => unit switch
    {
        Unit.Document => hit.DocumentId,
        Unit.Paragraph => ParagraphKey(hit.DocumentId, hit.Paragraph ?? -1),
        _ => hit.Id,
    };
}
