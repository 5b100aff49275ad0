using System.Text;
using TextMiner.Core.Records;
using TextMiner.Web.Api;
using TextMiner.Web.Requests;

namespace TextMiner.Web.Html;

/// <summary>The quotes page: topic search with filters and facets, results as quote cards with a copy-citation button.</summary>
internal static class QuotesPage
{
    public const string Path = "/";

    public static string Render(QueryState query, QuotesResult? result, string? error)
    {
        var html = new StringBuilder(16384);
        html.Append("<h1>Find quotes</h1>\n<p class=\"lead\">What inspectors, union officials and ministers said, by topic.</p>\n");
        RenderForm(html, query, result);
        if (error is not null)
        {
            html.Append("<p class=\"error\" role=\"alert\">").Append(Html.E(error)).Append("</p>\n");
        }
        else if (result is not null)
        {
            html.Append("<div class=\"results-layout\">\n<aside class=\"facets\" aria-label=\"Refine\">\n<h2>Refine</h2>\n");
            FacetBox.Render(html, "Theme", QueryState.Theme, result.Facets.Theme, query, Path);
            FacetBox.Render(html, "Speaker", QueryState.Speaker, result.Facets.Speaker, query, Path);
            FacetBox.Render(html, "Organisation", QueryState.Organisation, result.Facets.Organisation, query, Path);
            FacetBox.Render(html, "Source", QueryState.Source, result.Facets.Source, query, Path);
            FacetBox.Render(html, "Year", "year", result.Facets.Year, query, Path, year => [(QueryState.FromName, year), (QueryState.ToName, year)]);
            html.Append("</aside>\n<section class=\"results\" aria-labelledby=\"results-heading\">\n<h2 id=\"results-heading\">")
                .Append(Html.E(result.Total)).Append(result.Total == 1 ? " quote" : " quotes").Append("</h2>\n");
            html.Append("<p id=\"copy-status\" class=\"status\" role=\"status\" aria-live=\"polite\"></p>\n");
            if (result.Quotes.Count == 0)
            {
                html.Append("<p>No quotes match. Try fewer words or remove a filter.</p>\n");
            }

            foreach (var card in result.Quotes)
            {
                QuoteCardView.Render(html, card);
            }

            Pager.Render(html, query, result.Total, Path);
            html.Append("</section>\n</div>\n");
        }

        return Layout.Page(query.Text.Length > 0 ? $"Quotes: {query.Text}" : "Quotes", Layout.Quotes, html.ToString());
    }

    private static void RenderForm(StringBuilder html, QueryState query, QuotesResult? result)
    {
        html.Append("<form class=\"search\" method=\"get\" action=\"/\" role=\"search\" aria-label=\"Quotes\">\n");
        Form.Text(html, "q", "Topic words", query.Text, "e.g. victims, caseloads, \"unpaid work\"", "search");
        html.Append("<fieldset class=\"filters\"><legend>Filters</legend>\n");
        Form.Select(html, QueryState.Theme, "Theme", Form.Choices(Themes.All, query.Filter(QueryState.Theme)), query.Filter(QueryState.Theme));
        Form.Text(html, QueryState.Speaker, "Speaker", query.Filter(QueryState.Speaker), list: "speakers");
        Form.Text(html, QueryState.Organisation, "Organisation", query.Filter(QueryState.Organisation), list: "organisations");
        Form.Select(html, QueryState.Source, "Source", Form.Choices(Sources(result), query.Filter(QueryState.Source)), query.Filter(QueryState.Source));
        Form.Text(html, QueryState.FromName, "From", query.Filter(QueryState.FromName), "YYYY, YYYY-MM or YYYY-MM-DD");
        Form.Text(html, QueryState.ToName, "To", query.Filter(QueryState.ToName), "YYYY, YYYY-MM or YYYY-MM-DD");
        Form.Select(html, "sort", "Sort", [("", "Best match"), ("date", "Newest first")], query.SortGiven && query.Sort == Search.SearchSort.Date ? "date" : string.Empty);
        html.Append("</fieldset>\n");
        Form.DataList(html, "speakers", result?.Facets.Speaker.Keys ?? []);
        Form.DataList(html, "organisations", result?.Facets.Organisation.Keys ?? []);
        html.Append("<p class=\"actions\"><button type=\"submit\">Search quotes</button> <a href=\"/\">Clear</a></p>\n</form>\n");
    }

    private static IEnumerable<string> Sources(QuotesResult? result) =>
        new[] { "hmip", "hmip-legacy", "napo", "napo-magazine" }.Concat(result?.Facets.Source.Keys ?? []);
}
