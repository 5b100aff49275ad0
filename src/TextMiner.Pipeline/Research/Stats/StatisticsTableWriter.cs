using TextMiner.Pipeline.Research.Export;
using TextMiner.Storage.Statistics;

namespace TextMiner.Pipeline.Research.Stats;

/// <summary>Writes <see cref="ResearchStatistics"/> as readable tables, one section each.</summary>
public static class StatisticsTableWriter
{
    public const string Undated = "undated";

    public static void Write(ResearchStatistics statistics, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(statistics);
        ArgumentNullException.ThrowIfNull(output);
        var t = statistics.Totals;
        output.WriteLine($"{t.Documents} documents, {t.Paragraphs} paragraphs, {t.Ratings} ratings, {t.Figures} figures, {t.Quotes} quotes");

        var documents = new TextTable("source", "year", "documents");
        foreach (var d in statistics.DocumentsBySourceAndYear)
        {
            documents.Add(d.Source, Year(d.Year), d.Documents);
        }

        Section(output, "Documents by source and year", documents);

        var ratings = new TextTable("year", "source", "aspect", "rating", "count");
        foreach (var r in statistics.RatingsByYearSourceAndAspect)
        {
            ratings.Add(Year(r.Year), r.Source, r.Aspect, r.Value, r.Ratings);
        }

        Section(output, "Ratings by year, source and aspect", ratings);

        foreach (var series in statistics.FiguresOverTime)
        {
            var figures = new TextTable("published", "value", "subject", "evidence", "document");
            foreach (var p in series.Points)
            {
                figures.Add(p.Published is { } date ? ExportValues.Date(date) : Undated, p.Value, p.Subject, p.Evidence, p.Title);
            }

            Section(output, $"Figures: {series.Kind} over time", figures);
        }

        var speakers = new TextTable("speaker", "quotes", "documents");
        foreach (var s in statistics.TopSpeakers)
        {
            speakers.Add(s.Speaker, s.Quotes, s.Documents);
        }

        Section(output, "Top speakers", speakers);

        var themes = new TextTable("theme", "documents", "paragraphs");
        foreach (var theme in statistics.TopThemes)
        {
            themes.Add(theme.Theme, theme.Documents, theme.Paragraphs);
        }

        Section(output, "Top themes", themes);
    }

    private static string Year(int? year) => year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? Undated;

    private static void Section(TextWriter output, string title, TextTable table)
    {
        output.WriteLine();
        output.WriteLine($"{title}:");
        if (table.Count == 0)
        {
            output.WriteLine("  (none)");
            return;
        }

        table.Write(output);
    }
}
