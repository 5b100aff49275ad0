using System.Text;
using TextMiner.Search.Presentation;
using TextMiner.Web.Api;
using TextMiner.Web.Services;

namespace TextMiner.Web.Html;

/// <summary>One quote card: the quote with matches marked, who said it, when, where, and the citation button.</summary>
internal static class QuoteCardView
{
    public static void Render(StringBuilder html, QuoteCard card)
    {
        html.Append("<article class=\"quote-card\">\n<blockquote><p>“")
            .Append(Html.Marked(card.Quote.Text, card.Quote.Highlights)).Append("”</p></blockquote>\n");
        html.Append("<p class=\"who\">");
        html.Append(card.Speaker is null ? "<span class=\"speaker unknown\">Speaker not identified</span>" : $"<span class=\"speaker\">{Html.E(card.Speaker)}</span>");
        foreach (var part in new[] { card.Role, card.Organisation }.Where(p => !string.IsNullOrWhiteSpace(p) && !Attribution.Repeats(card.Speaker, p)))
        {
            html.Append(", ").Append(Html.E(part));
        }

        html.Append("</p>\n<p class=\"meta\">").Append(Html.Date(card.Published)).Append(" · ");
        if (card.Url is not null)
        {
            html.Append("<a href=\"").Append(Html.E(card.Url)).Append("\" rel=\"noopener noreferrer\">").Append(Html.E(card.Title)).Append("</a>");
        }
        else
        {
            html.Append("<cite>").Append(Html.E(card.Title)).Append("</cite>");
        }

        if (card.Page is { } page)
        {
            html.Append(" (page ").Append(Html.E(page)).Append(')');
        }

        html.Append(" · <a href=\"").Append(Html.E(Links.Paragraph(card.DocumentId, card.Paragraph))).Append("\">Read in context</a></p>\n");
        if (card.Themes.Count > 0)
        {
            html.Append("<ul class=\"themes\" aria-label=\"Themes\">");
            foreach (var theme in card.Themes)
            {
                html.Append("<li>").Append(Html.E(theme)).Append("</li>");
            }

            html.Append("</ul>\n");
        }

        html.Append("<p class=\"cite\"><button type=\"button\" class=\"copy\" hidden data-citation=\"").Append(Html.E(card.Citation))
            .Append("\">Copy citation</button></p>\n</article>\n");
    }
}
