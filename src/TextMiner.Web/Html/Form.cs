using System.Text;

namespace TextMiner.Web.Html;

/// <summary>Labelled form controls.</summary>
internal static class Form
{
    public static void Text(StringBuilder html, string name, string label, string? value, string? hint = null, string type = "text", string? list = null)
    {
        var id = "f-" + name;
        html.Append("<p class=\"field\"><label for=\"").Append(id).Append("\">").Append(Html.E(label)).Append("</label>");
        html.Append("<input type=\"").Append(type).Append("\" id=\"").Append(id).Append("\" name=\"").Append(name)
            .Append("\" value=\"").Append(Html.E(value)).Append('"')
            .Append(hint is null ? string.Empty : $" aria-describedby=\"{id}-hint\"")
            .Append(list is null ? string.Empty : $" list=\"{list}\"")
            .Append(" maxlength=\"").Append(name == "q" ? WebLimits.MaxQueryLength : WebLimits.MaxFilterLength).Append("\">");
        if (hint is not null)
        {
            html.Append("<span class=\"hint\" id=\"").Append(id).Append("-hint\">").Append(Html.E(hint)).Append("</span>");
        }

        html.Append("</p>\n");
    }

    public static void Select(StringBuilder html, string name, string label, IEnumerable<(string Value, string Label)> options, string? selected)
    {
        var id = "f-" + name;
        html.Append("<p class=\"field\"><label for=\"").Append(id).Append("\">").Append(Html.E(label)).Append("</label>")
            .Append("<select id=\"").Append(id).Append("\" name=\"").Append(name).Append("\">");
        foreach (var (value, text) in options)
        {
            html.Append("<option value=\"").Append(Html.E(value)).Append('"')
                .Append(string.Equals(value, selected ?? string.Empty, StringComparison.OrdinalIgnoreCase) ? " selected" : string.Empty)
                .Append('>').Append(Html.E(text)).Append("</option>");
        }

        html.Append("</select></p>\n");
    }

    /// <summary>"Any" first, then the known values, then the current value if it is not among them.</summary>
    public static IEnumerable<(string, string)> Choices(IEnumerable<string> values, string? current, string any = "Any")
    {
        var list = values.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (!string.IsNullOrEmpty(current) && !list.Contains(current, StringComparer.OrdinalIgnoreCase))
        {
            list.Add(current);
        }

        return new[] { (string.Empty, any) }.Concat(list.Select(v => (v, v)));
    }

    public static void DataList(StringBuilder html, string id, IEnumerable<string> values)
    {
        html.Append("<datalist id=\"").Append(id).Append("\">");
        foreach (var value in values)
        {
            html.Append("<option value=\"").Append(Html.E(value)).Append("\"></option>");
        }

        html.Append("</datalist>\n");
    }
}
