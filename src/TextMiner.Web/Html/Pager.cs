using System.Globalization;
using System.Text;
using TextMiner.Web.Requests;

namespace TextMiner.Web.Html;

/// <summary>Previous / next links and "results 21–40 of 95".</summary>
internal static class Pager
{
    public static void Render(StringBuilder html, QueryState query, int total, string path)
    {
        var first = total == 0 ? 0 : ((query.Page - 1) * query.Size) + 1;
        var last = Math.Min(total, query.Page * query.Size);
        var pages = (int)Math.Ceiling(total / (double)query.Size);
        html.Append("<nav class=\"pager\" aria-label=\"Pages\"><p>");
        if (query.Page > 1)
        {
            html.Append("<a rel=\"prev\" href=\"").Append(Html.E(query.Link(path, ("page", (query.Page - 1).ToString(CultureInfo.InvariantCulture))))).Append("\">← Previous</a> ");
        }

        html.Append("<span>").Append(Html.E(first)).Append('–').Append(Html.E(last)).Append(" of ").Append(Html.E(total)).Append("</span>");
        if (query.Page < pages && query.Page < WebLimits.MaxPage && (long)query.Page * query.Size <= Search.SearchRequest.MaxOffset)
        {
            html.Append(" <a rel=\"next\" href=\"").Append(Html.E(query.Link(path, ("page", (query.Page + 1).ToString(CultureInfo.InvariantCulture))))).Append("\">Next →</a>");
        }

        html.Append("</p></nav>\n");
    }
}
