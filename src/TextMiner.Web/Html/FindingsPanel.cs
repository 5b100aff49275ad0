using System.Text;
using TextMiner.Search.Presentation;
using TextMiner.Web.Api;
using TextMiner.Web.Services;

namespace TextMiner.Web.Html;

/// <summary>The document's ratings, figures and quotes, each linking to its paragraph.</summary>
internal static class FindingsPanel
{
    public static void Render(StringBuilder html, DocumentModel document)
    {
        html.Append("<aside class=\"findings\" aria-labelledby=\"findings-heading\"><h2 id=\"findings-heading\">Findings</h2>\n");
        html.Append("<h3>Ratings</h3>");
        if (document.Ratings.Count == 0)
        {
            html.Append("<p>None found.</p>");
        }
        else
        {
            html.Append("<ul>");
            foreach (var rating in document.Ratings)
            {
                html.Append("<li><a href=\"#p").Append(rating.Evidence.Paragraph).Append("\"><strong>").Append(Html.E(rating.Value)).Append("</strong></a> — ")
                    .Append(Html.E(rating.Aspect)).Append(rating.Subject is null ? string.Empty : ", " + Html.E(rating.Subject)).Append("</li>");
            }

            html.Append("</ul>");
        }

        html.Append("\n<h3>Figures</h3>");
        if (document.Figures.Count == 0)
        {
            html.Append("<p>None found.</p>");
        }
        else
        {
            html.Append("<ul>");
            foreach (var figure in document.Figures)
            {
                html.Append("<li><a href=\"#p").Append(figure.Evidence.Paragraph).Append("\"><strong>").Append(Html.E(Html.Number(figure.Value))).Append("</strong></a> ")
                    .Append(Html.E(figure.Kind)).Append(figure.Subject is null ? string.Empty : ", " + Html.E(figure.Subject)).Append("</li>");
            }

            html.Append("</ul>");
        }

        html.Append("\n<h3>Quotes</h3>");
        if (document.Quotes.Count == 0)
        {
            html.Append("<p>None found.</p>");
        }
        else
        {
            html.Append("<ul class=\"quote-list\">");
            foreach (var quote in document.Quotes)
            {
                html.Append("<li><a href=\"#p").Append(quote.Evidence.Paragraph).Append("\">").Append(Html.E(quote.Speaker ?? "Speaker not identified")).Append("</a>")
                    .Append(quote.Role is null || Attribution.Repeats(quote.Speaker, quote.Role) ? string.Empty : ", " + Html.E(quote.Role)).Append(": “")
                    .Append(Html.E(quote.Text.Length > 140 ? quote.Text[..140] + "…" : quote.Text)).Append("”</li>");
            }

            html.Append("</ul>");
        }

        html.Append("\n</aside>\n");
    }
}
