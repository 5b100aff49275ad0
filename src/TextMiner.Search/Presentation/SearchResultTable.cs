using System.Globalization;

namespace TextMiner.Search.Presentation;

/// <summary>
/// Writes a response for a person at a terminal: a count line, then one block per hit (rank, score, date, source,
/// kind, title; where; snippet; for quotes who said it), then the facets.
/// </summary>
public static class SearchResultTable
{
    public static void Write(SearchResponse response, TextWriter output, SnippetStyle style = SnippetStyle.Markdown)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(output);
        if (response.IndexIsEmpty)
        {
            output.WriteLine(SearchResponse.EmptyIndexMessage);
            return;
        }

        output.WriteLine(Summary(response));
        for (var i = 0; i < response.Hits.Count; i++)
        {
            WriteHit(output, response.Offset + i + 1, response.Hits[i], style);
        }

        WriteFacets(output, response.Facets);
    }

    private static string Summary(SearchResponse response) => response.Total switch
    {
        0 => "No results.",
        _ when response.Hits.Count == 0 => Invariant($"{response.Total} results; none on this page (offset {response.Offset})."),
        _ => Invariant($"{response.Total} results, showing {response.Offset + 1}-{response.Offset + response.Hits.Count}:"),
    };

    private static void WriteHit(TextWriter output, int rank, SearchHit hit, SnippetStyle style)
    {
        var date = hit.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "----------";
        output.WriteLine();
        output.WriteLine(Invariant($"{rank,3}. {hit.Score,6:0.000}  {date}  {hit.Source,-14} {hit.Kind,-18} {hit.Title}"));
        var where = hit.Paragraph is { } paragraph ? Invariant($"  ¶{paragraph}") : string.Empty;
        where += hit.Page is { } page ? Invariant($" p.{page}") : string.Empty;
        output.WriteLine(Invariant($"     {hit.Location}{where}"));
        foreach (var other in hit.OtherLocations)
        {
            output.WriteLine(Invariant($"     also at {other}"));
        }

        if (hit.Unit == Unit.Quote)
        {
            var who = Attribution.Describe(hit.Speaker, hit.Role, hit.Organisation);
            output.WriteLine(Invariant($"     {(who.Length == 0 ? "unattributed" : who)}:"));
        }

        output.WriteLine(Invariant($"     {SnippetRendering.ForTerminal(hit.Snippet, style)}"));
        if (hit.Themes.Count > 0)
        {
            output.WriteLine(Invariant($"     themes: {string.Join(", ", hit.Themes)}"));
        }
    }

    private static void WriteFacets(TextWriter output, SearchFacets facets)
    {
        var lines = facets.ByName.Where(f => f.Value.Count > 0).ToList();
        if (lines.Count == 0)
        {
            return;
        }

        output.WriteLine();
        foreach (var (name, counts) in lines)
        {
            output.WriteLine(Invariant($"{name,-8} {string.Join("  ", counts.Take(12).Select(c => Invariant($"{c.Key} ({c.Value})")))}"));
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
