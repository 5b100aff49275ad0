using System.Text;
using TextMiner.Web.Api;

namespace TextMiner.Web.Html;

/// <summary>
/// A paragraph's text with its findings' evidence in &lt;mark&gt;: the text is cut at every span boundary so overlapping
/// findings (a quote that contains a figure) each keep their class.
/// </summary>
internal static class EvidenceMarkup
{
    public static string Render(string text, IReadOnlyList<MarkModel> marks)
    {
        if (marks.Count == 0)
        {
            return Html.E(text);
        }

        var cuts = new SortedSet<int> { 0, text.Length };
        foreach (var mark in marks)
        {
            cuts.Add(Math.Clamp(mark.Start, 0, text.Length));
            cuts.Add(Math.Clamp(mark.End, 0, text.Length));
        }

        var html = new StringBuilder(text.Length + (marks.Count * 80));
        var points = cuts.ToList();
        for (var i = 0; i < points.Count - 1; i++)
        {
            var (start, end) = (points[i], points[i + 1]);
            var covering = marks.Where(m => m.Start <= start && m.End >= end).ToList();
            var segment = Html.E(text[start..end]);
            if (covering.Count == 0)
            {
                html.Append(segment);
                continue;
            }

            var kinds = covering.Select(m => "ev-" + m.Kind).Distinct(StringComparer.Ordinal);
            html.Append("<mark class=\"ev ").Append(string.Join(' ', kinds)).Append("\" title=\"")
                .Append(Html.E(string.Join("; ", covering.Select(m => m.Label)))).Append("\">").Append(segment).Append("</mark>");
        }

        return html.ToString();
    }
}
