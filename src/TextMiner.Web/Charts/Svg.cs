using System.Globalization;
using System.Net;
using System.Text;

namespace TextMiner.Web.Charts;

/// <summary>The small SVG writer the charts share: numbers in invariant culture, text encoded.</summary>
internal sealed class Svg
{
    private readonly StringBuilder svg = new(4096);

    public Svg(string id, int width, int height, string title, string description)
    {
        svg.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 ").Append(width).Append(' ').Append(height)
            .Append("\" aria-labelledby=\"").Append(id).Append("-t ").Append(id).Append("-d\"><title id=\"").Append(id).Append("-t\">")
            .Append(E(title)).Append("</title><desc id=\"").Append(id).Append("-d\">").Append(E(description)).Append("</desc>");
    }

    public static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    public static string E(string text) => WebUtility.HtmlEncode(text);

    public Svg Line(double x1, double y1, double x2, double y2, string cssClass) =>
        Raw($"<line class=\"{cssClass}\" x1=\"{N(x1)}\" y1=\"{N(y1)}\" x2=\"{N(x2)}\" y2=\"{N(y2)}\"/>");

    public Svg Rect(double x, double y, double width, double height, string fill, string tooltip) =>
        Raw($"<rect x=\"{N(x)}\" y=\"{N(y)}\" width=\"{N(width)}\" height=\"{N(height)}\" fill=\"{fill}\"><title>{E(tooltip)}</title></rect>");

    public Svg Circle(double x, double y, double radius, string fill, string tooltip) =>
        Raw($"<circle cx=\"{N(x)}\" cy=\"{N(y)}\" r=\"{N(radius)}\" fill=\"{fill}\"><title>{E(tooltip)}</title></circle>");

    public Svg Polyline(IEnumerable<(double X, double Y)> points, string stroke) =>
        Raw($"<polyline fill=\"none\" stroke=\"{stroke}\" stroke-width=\"2\" points=\"{string.Join(' ', points.Select(p => N(p.X) + "," + N(p.Y)))}\"/>");

    public Svg Text(double x, double y, string text, string anchor = "middle", string cssClass = "label") =>
        Raw($"<text class=\"{cssClass}\" x=\"{N(x)}\" y=\"{N(y)}\" text-anchor=\"{anchor}\">{E(text)}</text>");

    public override string ToString() => svg.ToString() + "</svg>";

    private Svg Raw(string element)
    {
        svg.Append(element);
        return this;
    }
}
