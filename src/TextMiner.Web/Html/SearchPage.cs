using System.Text;
using TextMiner.Core.Records;
using TextMiner.Search;
using TextMiner.Web.Api;
using TextMiner.Web.Requests;
using TextMiner.Web.Services;

namespace TextMiner.Web.Html;

/// <summary>The search page: full text over paragraphs or documents, in the CLI's query syntax, with snippets, facets and paging.</summary>
internal static class SearchPage
{
    public const string Path = "/search";

    public static string Render(QueryState query, SearchResult? result, string? error)
    {
        var html = new StringBuilder(16384);
        html.Append("<h1>Search documents</h1>\n");
        RenderForm(html, query);
        if (error is not null)
        {
            html.Append("<p class=\"error\" role=\"alert\"><strong>That search cannot be run.</strong> ").Append(Html.E(error)).Append("</p>\n");
        }
        else if (result is not null)
        {
            html.Append("<div class=\"results-layout\">\n<aside class=\"facets\" aria-label=\"Refine\">\n<h2>Refine</h2>\n");
            FacetBox.Render(html, "Source", QueryState.Source, result.Facets.Source, query, Path);
            FacetBox.Render(html, "Year", "year", result.Facets.Year, query, Path, year => [(QueryState.FromName, year), (QueryState.ToName, year)]);
            FacetBox.Render(html, "Theme", QueryState.Theme, result.Facets.Theme, query, Path);
            FacetBox.Render(html, "Rating", QueryState.Rating, result.Facets.Rating, query, Path);
            html.Append("</aside>\n<section class=\"results\" aria-labelledby=\"results-heading\">\n<h2 id=\"results-heading\">")
                .Append(Html.E(result.Total)).Append(query.Unit == Unit.Document ? " documents" : " paragraphs").Append("</h2>\n");
            if (result.Hits.Count == 0)
            {
                html.Append("<p>Nothing matches. Try fewer words, a wildcard (probat*) or remove a filter.</p>\n");
            }

            html.Append("<ol class=\"hits\" start=\"").Append(((query.Page - 1) * query.Size) + 1).Append("\">\n");
            foreach (var hit in result.Hits)
            {
                RenderHit(html, hit);
            }

            html.Append("</ol>\n");
            Pager.Render(html, query, result.Total, Path);
            html.Append("</section>\n</div>\n");
        }

        return Layout.Page(query.Text.Length > 0 ? $"Search: {query.Text}" : "Search", Layout.Search, html.ToString());
    }

    private static void RenderHit(StringBuilder html, SearchHitModel hit)
    {
        html.Append("<li class=\"hit\"><h3><a href=\"").Append(Html.E(Links.Paragraph(hit.DocumentId, hit.Paragraph))).Append("\">")
            .Append(Html.E(hit.Title)).Append("</a></h3>\n<p class=\"meta\">").Append(Html.Date(hit.Published))
            .Append(" · ").Append(Html.E(SourceLabel.Of(hit.Source))).Append(" · ").Append(Html.E(hit.Kind));
        if (hit.Heading is not null)
        {
            html.Append(" · ").Append(Html.E(hit.Heading));
        }

        if (hit.Page is { } page)
        {
            html.Append(" · page ").Append(Html.E(page));
        }

        if (hit.Url is not null)
        {
            html.Append(" · <a href=\"").Append(Html.E(hit.Url)).Append("\" rel=\"noopener noreferrer\">original</a>");
        }

        html.Append("</p>\n<p class=\"snippet\">").Append(Html.Marked(hit.Snippet.Text, hit.Snippet.Highlights)).Append("</p>\n");
        if (hit.Ratings.Count > 0)
        {
            html.Append("<p class=\"ratings\">Rated: ").Append(Html.E(string.Join(", ", hit.Ratings))).Append("</p>\n");
        }

        html.Append("</li>\n");
    }

    private static void RenderForm(StringBuilder html, QueryState query)
    {
        html.Append("<form class=\"search\" method=\"get\" action=\"/search\" role=\"search\" aria-label=\"Documents\">\n");
        Form.Text(html, "q", "Search words", query.Text, "Same syntax as the CLI: \"exact phrase\", AND, OR, NOT, probat*, title:victims", "search");
        html.Append("<fieldset class=\"filters\"><legend>Filters</legend>\n");
        Form.Select(html, "unit", "Search in", [("paragraphs", "Paragraphs"), ("documents", "Whole documents")], query.Unit == Unit.Document ? "documents" : "paragraphs");
        Form.Select(html, QueryState.Theme, "Theme", Form.Choices(Themes.All, query.Filter(QueryState.Theme)), query.Filter(QueryState.Theme));
        Form.Select(html, QueryState.Source, "Source", Form.Choices(["hmip", "hmip-legacy", "napo", "napo-magazine"], query.Filter(QueryState.Source)), query.Filter(QueryState.Source));
        Form.Select(html, QueryState.Kind, "Kind", Form.Choices(DocumentKinds.All, query.Filter(QueryState.Kind)), query.Filter(QueryState.Kind));
        Form.Select(html, QueryState.Rating, "Rating", Form.Choices(RatingValues.All, query.Filter(QueryState.Rating)), query.Filter(QueryState.Rating));
        Form.Text(html, QueryState.FromName, "From", query.Filter(QueryState.FromName), "YYYY, YYYY-MM or YYYY-MM-DD");
        Form.Text(html, QueryState.ToName, "To", query.Filter(QueryState.ToName), "YYYY, YYYY-MM or YYYY-MM-DD");
        Form.Select(html, "sort", "Sort", [("", "Best match"), ("date", "Newest first")], query.SortGiven && query.Sort == SearchSort.Date ? "date" : string.Empty);
        html.Append("</fieldset>\n<p class=\"actions\"><button type=\"submit\">Search</button> <a href=\"/search\">Clear</a></p>\n</form>\n");
    }
}
