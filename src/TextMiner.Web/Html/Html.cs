using System.Globalization;
using System.Net;
using System.Text;
using TextMiner.Search;

namespace TextMiner.Web.Html;

/// <summary>Encoding helpers: every value that comes from a document or a request goes through <see cref="E"/>.</summary>
internal static class Html
{
    public static string E(string? value) => WebUtility.HtmlEncode(value ?? string.Empty);

    public static string E(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>Encoded text with the spans in &lt;mark&gt;.</summary>
    public static string Marked(string text, IReadOnlyList<HighlightSpan> spans)
    {
        var html = new StringBuilder(text.Length + (spans.Count * 13));
        var position = 0;
        foreach (var span in spans.OrderBy(s => s.Start))
        {
            var start = Math.Clamp(span.Start, position, text.Length);
            var end = Math.Clamp(span.End, start, text.Length);
            html.Append(E(text[position..start])).Append("<mark>").Append(E(text[start..end])).Append("</mark>");
            position = end;
        }

        return html.Append(E(text[position..])).ToString();
    }

    public static string Date(DateOnly? date) => date is { } value
        ? $"<time datetime=\"{value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}\">{E(value.ToString("d MMMM yyyy", CultureInfo.InvariantCulture))}</time>"
        : "undated";

    public static string Number(double value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);
}
