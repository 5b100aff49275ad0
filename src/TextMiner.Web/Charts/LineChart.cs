using System.Globalization;

namespace TextMiner.Web.Charts;

/// <summary>One figure kind over time: a point per figure, points about the same subject joined by a line, a time axis with year ticks and a value axis from zero.</summary>
internal static class LineChart
{
    private const int Width = 720;
    private const int Height = 280;
    private const int Left = 64;
    private const int Right = 24;
    private const int Top = 20;
    private const int Bottom = 40;

    /// <summary>Draws the points on a time axis from 1 January of <paramref name="years"/>.First to 1 January of .Last (shared by every chart on a page).</summary>
    public static string Render(string id, string title, IReadOnlyList<(DateOnly Date, double Value, string Label)> points, string colour, (int First, int Last) years)
    {
        var ordered = points.OrderBy(p => p.Date).ToList();
        var description = string.Join("; ", ordered.Select(p => $"{p.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}: {Svg.N(p.Value)}"));
        var svg = new Svg(id, Width, Height, title, description);
        var axis = Axis.For(ordered.Select(p => p.Value).DefaultIfEmpty(0).Max());
        var firstYear = years.First;
        var lastYear = Math.Max(years.Last, firstYear + 1);
        var start = new DateOnly(firstYear, 1, 1).DayNumber;
        var span = (double)(new DateOnly(lastYear, 1, 1).DayNumber - start);
        var plotWidth = Width - Left - Right;
        var plotHeight = Height - Top - Bottom;
        double X(DateOnly date) => Left + ((date.DayNumber - start) / span * plotWidth);
        double Y(double v) => Top + plotHeight - (v / axis.Max * plotHeight);

        foreach (var tick in axis.Ticks())
        {
            svg.Line(Left, Y(tick), Width - Right, Y(tick), "grid").Text(Left - 6, Y(tick) + 4, Svg.N(tick), "end");
        }

        var yearStep = Math.Max(1, (lastYear - firstYear) / 8);
        for (var year = firstYear; year <= lastYear; year += yearStep)
        {
            var x = X(new DateOnly(year, 1, 1));
            svg.Line(x, Top + plotHeight, x, Top + plotHeight + 5, "axis").Text(x, Height - Bottom + 20, year.ToString(CultureInfo.InvariantCulture));
        }

        svg.Line(Left, Top + plotHeight, Width - Right, Top + plotHeight, "axis").Line(Left, Top, Left, Top + plotHeight, "axis");
        // A line joins figures about the same subject only: 615 national vacancies and 38 in one CRC are not a trend.
        foreach (var subject in ordered.GroupBy(p => p.Label.Trim().ToLowerInvariant()).Where(g => g.Count() > 1))
        {
            svg.Polyline(subject.Select(p => (X(p.Date), Y(p.Value))), colour);
        }

        foreach (var (date, value, label) in ordered)
        {
            svg.Circle(X(date), Y(value), 4, colour, $"{date.ToString("d MMM yyyy", CultureInfo.InvariantCulture)}: {Svg.N(value)} — {label}");
        }

        return svg.ToString();
    }
}
