namespace TextMiner.Web.Charts;

/// <summary>Grouped bars: one group per category (a year, a source), one bar per series (a grade), with axes, values and a legend.</summary>
internal static class BarChart
{
    private const int Width = 720;
    private const int Height = 320;
    private const int Left = 48;
    private const int Right = 16;
    private const int Top = 40;
    private const int Bottom = 44;

    public static string Render(
        string id,
        string title,
        IReadOnlyList<string> categories,
        IReadOnlyList<(string Name, string Colour)> series,
        Func<string, string, double> value)
    {
        var description = string.Join("; ", categories.Select(c => c + ": " + string.Join(", ", series.Select(s => $"{s.Name} {Svg.N(value(c, s.Name))}"))));
        var svg = new Svg(id, Width, Height, title, description);
        var axis = Axis.For(categories.SelectMany(c => series.Select(s => value(c, s.Name))).DefaultIfEmpty(0).Max());
        var plotWidth = Width - Left - Right;
        var plotHeight = Height - Top - Bottom;
        double Y(double v) => Top + plotHeight - (v / axis.Max * plotHeight);

        foreach (var tick in axis.Ticks())
        {
            svg.Line(Left, Y(tick), Width - Right, Y(tick), "grid").Text(Left - 6, Y(tick) + 4, Svg.N(tick), "end");
        }

        var group = plotWidth / (double)Math.Max(1, categories.Count);
        var bar = Math.Min(28, (group * 0.8) / Math.Max(1, series.Count));
        for (var c = 0; c < categories.Count; c++)
        {
            var start = Left + (c * group) + ((group - (bar * series.Count)) / 2);
            for (var s = 0; s < series.Count; s++)
            {
                var v = value(categories[c], series[s].Name);
                if (v <= 0)
                {
                    continue;
                }

                var x = start + (s * bar);
                svg.Rect(x, Y(v), bar - 2, Top + plotHeight - Y(v), series[s].Colour, $"{categories[c]}, {series[s].Name}: {Svg.N(v)}")
                    .Text(x + ((bar - 2) / 2), Y(v) - 3, Svg.N(v), cssClass: "value");
            }

            svg.Text(Left + (c * group) + (group / 2), Height - Bottom + 18, categories[c]);
        }

        svg.Line(Left, Top + plotHeight, Width - Right, Top + plotHeight, "axis").Line(Left, Top, Left, Top + plotHeight, "axis");
        var legendX = (double)Left;
        foreach (var (name, colour) in series)
        {
            svg.Rect(legendX, 12, 12, 12, colour, name).Text(legendX + 16, 22, name, "start");
            legendX += 28 + (name.Length * 7);
        }

        return svg.ToString();
    }
}
