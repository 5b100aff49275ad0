using System.Text;
using TextMiner.Web.Requests;

namespace TextMiner.Web.Html;

/// <summary>One facet: its values with their counts, each a link that applies the filter; the active one can be removed.</summary>
internal static class FacetBox
{
    public const int MaxValues = 12;

    public static void Render(
        StringBuilder html,
        string heading,
        string parameter,
        IReadOnlyDictionary<string, int> counts,
        QueryState query,
        string path,
        Func<string, (string Name, string? Value)[]>? changes = null)
    {
        if (counts.Count == 0)
        {
            return;
        }

        var id = "facet-" + parameter;
        html.Append("<section class=\"facet\" aria-labelledby=\"").Append(id).Append("\"><h3 id=\"").Append(id).Append("\">")
            .Append(Html.E(heading)).Append("</h3><ul>");
        var active = query.Filter(parameter);
        foreach (var (value, count) in counts.Take(MaxValues))
        {
            var selected = string.Equals(active, value, StringComparison.OrdinalIgnoreCase);
            var link = selected
                ? query.Link(path, (parameter, null))
                : query.Link(path, changes?.Invoke(value) ?? [(parameter, value)]);
            html.Append("<li><a href=\"").Append(Html.E(link)).Append('"')
                .Append(selected ? " aria-current=\"true\" title=\"Remove this filter\"" : string.Empty).Append('>')
                .Append(Html.E(value)).Append(selected ? " ✕" : string.Empty)
                .Append("</a> <span class=\"count\">").Append(Html.E(count)).Append("</span></li>");
        }

        html.Append("</ul></section>\n");
    }
}
