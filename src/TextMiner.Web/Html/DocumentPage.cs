using System.Globalization;
using System.Text;
using TextMiner.Web.Api;
using TextMiner.Web.Services;

namespace TextMiner.Web.Html;

/// <summary>The document page: the parsed text with headings and page numbers, findings marked, and the themes.</summary>
internal static class DocumentPage
{
    public static string Render(DocumentModel document)
    {
        var html = new StringBuilder(document.Paragraphs.Sum(p => p.Text.Length) + 8192);
        html.Append("<article class=\"document\">\n<h1>").Append(Html.E(document.Title)).Append("</h1>\n<dl class=\"facts\">")
            .Append("<dt>Published</dt><dd>").Append(Html.Date(document.Published)).Append("</dd>")
            .Append("<dt>Source</dt><dd>").Append(Html.E(SourceLabel.Of(document.Source))).Append("</dd>")
            .Append("<dt>Kind</dt><dd>").Append(Html.E(document.Kind)).Append("</dd>")
            .Append("<dt>Original</dt><dd>");
        html.Append(document.Url is not null
            ? $"<a href=\"{Html.E(document.Url)}\" rel=\"noopener noreferrer\">{Html.E(document.Url)}</a>"
            : $"<code>{Html.E(document.Location)}</code>");
        foreach (var other in document.OtherLocations)
        {
            html.Append("</dd><dt>Also at</dt><dd>").Append(Core.DocumentId.IsUrl(other)
                ? $"<a href=\"{Html.E(other)}\" rel=\"noopener noreferrer\">{Html.E(other)}</a>"
                : $"<code>{Html.E(other)}</code>");
        }

        html.Append("</dd><dt>Version</dt><dd><code>").Append(Html.E(document.Version.Length > 12 ? document.Version[..12] : document.Version))
            .Append("</code>, fetched ").Append(Html.E(document.FetchedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))).Append("</dd></dl>\n");
        RenderThemes(html, document);
        html.Append("<div class=\"document-layout\">\n");
        FindingsPanel.Render(html, document);
        RenderText(html, document);
        html.Append("</div>\n</article>\n");
        return Layout.Page(document.Title, string.Empty, html.ToString());
    }

    private static void RenderThemes(StringBuilder html, DocumentModel document)
    {
        html.Append("<section aria-labelledby=\"themes-heading\"><h2 id=\"themes-heading\">Themes</h2>");
        if (document.Themes.Count == 0)
        {
            html.Append("<p>No themes predicted.</p></section>\n");
            return;
        }

        html.Append("<ul class=\"themes\">");
        foreach (var theme in document.Themes)
        {
            html.Append("<li><a href=\"").Append(Html.E("/?theme=" + Uri.EscapeDataString(theme.Label))).Append("\">").Append(Html.E(theme.Label))
                .Append("</a> <span class=\"count\">").Append(Html.E(theme.Score.ToString("0.00", CultureInfo.InvariantCulture))).Append("</span></li>");
        }

        html.Append("</ul></section>\n");
    }

    private static void RenderText(StringBuilder html, DocumentModel document)
    {
        html.Append("<section class=\"text\" aria-labelledby=\"text-heading\"><h2 id=\"text-heading\">Text</h2>\n")
            .Append("<p class=\"legend\">Marked: <mark class=\"ev ev-rating\">ratings</mark> <mark class=\"ev ev-figure\">figures</mark> <mark class=\"ev ev-quote\">quotes</mark></p>\n");
        string? heading = null;
        int? page = null;
        foreach (var paragraph in document.Paragraphs)
        {
            if (paragraph.Page is { } number && number != page)
            {
                html.Append("<p class=\"page-number\" id=\"page-").Append(number).Append("\">Page ").Append(number).Append("</p>\n");
                page = number;
            }

            if (!string.IsNullOrWhiteSpace(paragraph.Heading) && paragraph.Heading != heading)
            {
                html.Append("<h3>").Append(Html.E(paragraph.Heading)).Append("</h3>\n");
                heading = paragraph.Heading;
            }

            html.Append("<p class=\"para\" id=\"p").Append(paragraph.Index).Append("\"><a class=\"pnum\" href=\"#p").Append(paragraph.Index)
                .Append("\" aria-label=\"Paragraph ").Append(paragraph.Index).Append("\">¶").Append(paragraph.Index).Append("</a> ")
                .Append(EvidenceMarkup.Render(paragraph.Text, paragraph.Marks)).Append("</p>\n");
        }

        html.Append("</section>\n");
    }
}
