using TextMiner.Core.Records;
using TextMiner.Storage;

namespace TextMiner.Pipeline.Research.Stats;

/// <summary>Computes <see cref="ResearchStatistics"/> from the store, in one pass over each table, with stable ordering.</summary>
public static class StatisticsCalculator
{
    public const int DefaultTop = 10;

    public static async Task<ResearchStatistics> ComputeAsync(DocumentStore store, int top, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(top);
        var documents = new Dictionary<(string Source, int? Year), long>();
        var documentThemes = new Dictionary<string, long>(StringComparer.Ordinal);
        var paragraphThemes = new Dictionary<string, long>(StringComparer.Ordinal);
        long documentTotal = 0, paragraphTotal = 0;
        await foreach (var analysed in store.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            documentTotal++;
            paragraphTotal += analysed.Document.Paragraphs.Count;
            Increment(documents, (analysed.Document.Source, analysed.Document.Published?.Year));
            foreach (var label in analysed.Themes.Select(t => t.Label).Distinct(StringComparer.Ordinal))
            {
                Increment(documentThemes, label);
            }

            foreach (var label in analysed.ParagraphThemes.SelectMany(p => p.Select(t => t.Label).Distinct(StringComparer.Ordinal)))
            {
                Increment(paragraphThemes, label);
            }
        }

        var ratings = new Dictionary<(int? Year, string Source, string Aspect, string Value), long>();
        long ratingTotal = 0;
        await foreach (var stored in store.ReadRatingsAsync(cancellationToken).ConfigureAwait(false))
        {
            ratingTotal++;
            Increment(ratings, (stored.Document.Published?.Year, stored.Document.Source, stored.Rating.Aspect, stored.Rating.Value));
        }

        var figures = new List<(string Kind, FigurePoint Point)>();
        await foreach (var stored in store.ReadFiguresAsync(cancellationToken).ConfigureAwait(false))
        {
            var f = stored.Figure;
            var d = stored.Document;
            figures.Add((f.Kind, new FigurePoint(d.Published, f.Value, f.Subject, f.Evidence, d.Id, d.Source, d.Title, d.Location, f.Paragraph)));
        }

        var speakers = new Dictionary<string, (long Quotes, HashSet<string> Documents)>(StringComparer.Ordinal);
        long quoteTotal = 0;
        await foreach (var stored in store.ReadQuotesAsync(cancellationToken).ConfigureAwait(false))
        {
            quoteTotal++;
            if (string.IsNullOrWhiteSpace(stored.Quote.Speaker))
            {
                continue;
            }

            var name = stored.Quote.Speaker.Trim();
            (long Quotes, HashSet<string> Documents) entry = speakers.TryGetValue(name, out var found) ? found : (0L, new HashSet<string>(StringComparer.Ordinal));
            entry.Documents.Add(stored.Document.Id);
            speakers[name] = (entry.Quotes + 1, entry.Documents);
        }

        return new ResearchStatistics(
            new StatisticsTotals(documentTotal, paragraphTotal, ratingTotal, figures.Count, quoteTotal),
            [.. documents.OrderBy(e => e.Key.Source, StringComparer.Ordinal).ThenBy(e => e.Key.Year ?? int.MaxValue)
                .Select(e => new DocumentCount(e.Key.Source, e.Key.Year, e.Value))],
            [.. ratings.OrderBy(e => e.Key.Year ?? int.MaxValue).ThenBy(e => e.Key.Source, StringComparer.Ordinal)
                .ThenBy(e => e.Key.Aspect, StringComparer.Ordinal).ThenBy(e => GradeOrder(e.Key.Value))
                .Select(e => new RatingCount(e.Key.Year, e.Key.Source, e.Key.Aspect, e.Key.Value, e.Value))],
            FigureSeriesOf(figures),
            [.. speakers.OrderByDescending(e => e.Value.Quotes).ThenByDescending(e => e.Value.Documents.Count)
                .ThenBy(e => e.Key, StringComparer.Ordinal).Take(top)
                .Select(e => new SpeakerCount(e.Key, e.Value.Quotes, e.Value.Documents.Count))],
            [.. documentThemes.Keys.Union(paragraphThemes.Keys, StringComparer.Ordinal)
                .Select(t => new ThemeCount(t, documentThemes.GetValueOrDefault(t), paragraphThemes.GetValueOrDefault(t)))
                .OrderByDescending(t => t.Documents).ThenByDescending(t => t.Paragraphs).ThenBy(t => t.Theme, StringComparer.Ordinal)
                .Take(top)]);
    }

    /// <summary>Kinds in the documented order (unknown kinds after, by name); points keep the store's date order.</summary>
    private static IReadOnlyList<FigureSeries> FigureSeriesOf(List<(string Kind, FigurePoint Point)> figures) =>
    [
        .. figures.GroupBy(f => f.Kind, StringComparer.Ordinal)
            .OrderBy(g => KindOrder(g.Key)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new FigureSeries(g.Key, [.. g.Select(f => f.Point)])),
    ];

    private static int KindOrder(string kind)
    {
        var index = FigureKinds.All.ToList().IndexOf(kind);
        return index < 0 ? int.MaxValue : index;
    }

    private static int GradeOrder(string value)
    {
        var index = RatingValues.All.ToList().FindIndex(v => string.Equals(v, value, StringComparison.OrdinalIgnoreCase));
        return index < 0 ? int.MaxValue : index;
    }

    private static void Increment<TKey>(Dictionary<TKey, long> counts, TKey key)
        where TKey : notnull => counts[key] = counts.GetValueOrDefault(key) + 1;
}
