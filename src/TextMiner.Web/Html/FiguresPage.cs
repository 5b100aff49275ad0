using System.Globalization;
using System.Text;
using TextMiner.Core.Records;
using TextMiner.Storage.Statistics;
using TextMiner.Web.Api;
using TextMiner.Web.Charts;
using TextMiner.Web.Services;

namespace TextMiner.Web.Html;

/// <summary>The figures page: ratings by year and by source, staffing figures over time; each chart with its table.</summary>
internal static class FiguresPage
{
    public const string Path = "/figures";

    private static readonly (string Name, string Colour)[] Grades =
    [
        (RatingValues.Outstanding, "#1a6b32"), (RatingValues.Good, "#4f9a5a"), (RatingValues.RequiresImprovement, "#b8650a"), (RatingValues.Inadequate, "#a51d2d"),
    ];

    private static readonly Dictionary<string, string> Units = new(StringComparer.Ordinal)
    {
        [FigureKinds.Vacancies] = "posts", [FigureKinds.VacancyRate] = "per cent", [FigureKinds.StaffInPost] = "staff",
        [FigureKinds.StaffRequired] = "staff", [FigureKinds.Caseload] = "cases per officer", [FigureKinds.Workload] = "per cent of capacity",
        [FigureKinds.SicknessAbsence] = "per cent", [FigureKinds.PeopleSupervised] = "people",
    };

    private static readonly string[] LineColours = ["#1f4e9c", "#7a3e9d", "#00695c", "#8a4b08"];

    public static string Render(FiguresModel model)
    {
        var html = new StringBuilder(32768);
        html.Append("<h1>Figures</h1>\n<p class=\"lead\">Inspection ratings and staffing figures extracted from the documents. Every chart has its numbers in a table below it.</p>\n");
        RenderRatings(html, "by-year", "Ratings by year", "Year", model.RatingsByYear);
        RenderRatings(html, "by-source", "Ratings by source", "Source", model.RatingsBySource);
        html.Append("<h2 id=\"staffing\">Staffing figures over time</h2>\n");
        if (model.Figures.Count == 0)
        {
            html.Append("<p>No staffing figures extracted yet.</p>\n");
        }

        var dates = model.Figures.SelectMany(f => f.Points).Where(p => p.Published is not null).Select(p => p.Published!.Value.Year).ToList();
        var years = dates.Count == 0 ? (2000, 2001) : (dates.Min(), dates.Max() + 1);
        for (var i = 0; i < model.Figures.Count; i++)
        {
            RenderSeries(html, model.Figures[i], LineColours[i % LineColours.Length], years);
        }

        return Layout.Page("Figures", Layout.Figures, html.ToString());
    }

    private static void RenderRatings(StringBuilder html, string id, string heading, string groupName, IReadOnlyList<GradeCount> counts)
    {
        html.Append("<section aria-labelledby=\"").Append(id).Append("\"><h2 id=\"").Append(id).Append("\">").Append(Html.E(heading)).Append("</h2>\n");
        if (counts.Count == 0)
        {
            html.Append("<p>No ratings extracted yet.</p></section>\n");
            return;
        }

        var groups = counts.Select(c => c.Group).Distinct(StringComparer.Ordinal).ToList();
        var extra = counts.Select(c => c.Value).Where(v => StatisticsService.GradeOrder(v) >= RatingValues.All.Count).Distinct(StringComparer.Ordinal)
            .Select(v => (Name: v, Colour: "#555555"));
        List<(string Name, string Colour)> series = [.. Grades, .. extra];
        double Value(string group, string grade) => counts.FirstOrDefault(c => c.Group == group && c.Value == grade)?.Count ?? 0;
        html.Append("<figure>").Append(BarChart.Render("chart-" + id, heading, groups, series, Value)).Append("</figure>\n");
        html.Append("<table><caption>").Append(Html.E(heading)).Append(" (number of ratings)</caption><thead><tr><th scope=\"col\">").Append(groupName).Append("</th>");
        foreach (var (name, _) in series)
        {
            html.Append("<th scope=\"col\">").Append(Html.E(name)).Append("</th>");
        }

        html.Append("<th scope=\"col\">Total</th></tr></thead><tbody>");
        foreach (var group in groups)
        {
            html.Append("<tr><th scope=\"row\">").Append(Html.E(group)).Append("</th>");
            foreach (var (name, _) in series)
            {
                html.Append("<td>").Append(Html.Number(Value(group, name))).Append("</td>");
            }

            html.Append("<td>").Append(Html.Number(series.Sum(s => Value(group, s.Name)))).Append("</td></tr>");
        }

        html.Append("</tbody></table></section>\n");
    }

    private static void RenderSeries(StringBuilder html, FigureSeries series, string colour, (int First, int Last) years)
    {
        var id = "fig-" + series.Kind;
        html.Append("<section aria-labelledby=\"").Append(Html.E(id)).Append("\"><h3 id=\"").Append(Html.E(id)).Append("\">").Append(Html.E(series.Kind)).Append(" <span class=\"unit\">(").Append(Html.E(Units.GetValueOrDefault(series.Kind, "value"))).Append(")</span></h3>\n");
        var dated = series.Points.Where(p => p.Published is not null)
            .Select(p => (p.Published!.Value, p.Value, p.Subject ?? p.Title)).ToList();
        if (dated.Count > 0)
        {
            html.Append("<figure>").Append(LineChart.Render("chart-" + series.Kind, series.Kind + " over time", dated, colour, years)).Append("</figure>\n");
        }

        html.Append("<table><caption>").Append(Html.E(series.Kind)).Append(": every figure</caption><thead><tr><th scope=\"col\">Date</th><th scope=\"col\">Value (").Append(Html.E(Units.GetValueOrDefault(series.Kind, "value"))).Append(")</th>")
            .Append("<th scope=\"col\">Subject</th><th scope=\"col\">Document</th></tr></thead><tbody>");
        foreach (var point in series.Points)
        {
            html.Append("<tr><td>").Append(point.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated").Append("</td><td>")
                .Append(Html.Number(point.Value)).Append("</td><td>").Append(Html.E(point.Subject ?? "—")).Append("</td><td><a href=\"")
                .Append(Html.E(Links.Paragraph(point.DocumentId, point.Paragraph))).Append("\" title=\"").Append(Html.E(point.Evidence)).Append("\">")
                .Append(Html.E(point.Title)).Append("</a></td></tr>");
        }

        html.Append("</tbody></table></section>\n");
    }
}
