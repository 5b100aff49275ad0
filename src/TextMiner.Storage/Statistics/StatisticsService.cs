using TextMiner.Core.Records;

namespace TextMiner.Storage.Statistics;

/// <summary>
/// The one place statistics are computed from the store, for `stats`, exports and the web page's figures: documents by
/// source and year, ratings by year, source and aspect, figures over time with their evidence, top speakers and themes.
/// One pass over each table, with stable ordering.
/// </summary>
public sealed class StatisticsService(DocumentStore store)
{
    public const int DefaultTop = 10;

    public async Task<ResearchStatistics> ComputeAsync(int top, CancellationToken cancellationToken)
    {
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

        var ratings = await RatingsAsync(cancellationToken).ConfigureAwait(false);
        var figures = await FiguresAsync(cancellationToken).ConfigureAwait(false);
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
            new StatisticsTotals(documentTotal, paragraphTotal, ratings.Sum(r => r.Ratings), figures.Sum(f => f.Points.Count), quoteTotal),
            [.. documents.OrderBy(e => e.Key.Source, StringComparer.Ordinal).ThenBy(e => e.Key.Year ?? int.MaxValue)
                .Select(e => new DocumentCount(e.Key.Source, e.Key.Year, e.Value))],
            ratings,
            figures,
            [.. speakers.OrderByDescending(e => e.Value.Quotes).ThenByDescending(e => e.Value.Documents.Count)
                .ThenBy(e => e.Key, StringComparer.Ordinal).Take(top)
                .Select(e => new SpeakerCount(e.Key, e.Value.Quotes, e.Value.Documents.Count))],
            [.. documentThemes.Keys.Union(paragraphThemes.Keys, StringComparer.Ordinal)
                .Select(t => new ThemeCount(t, documentThemes.GetValueOrDefault(t), paragraphThemes.GetValueOrDefault(t)))
                .OrderByDescending(t => t.Documents).ThenByDescending(t => t.Paragraphs).ThenBy(t => t.Theme, StringComparer.Ordinal)
                .Take(top)]);
    }

    /// <summary>
    /// Ratings counted by year of publication (undated last), source, aspect and grade (the four grades best first,
    /// written in their canonical case; any other value after them).
    /// </summary>
    public async Task<IReadOnlyList<RatingCount>> RatingsAsync(CancellationToken cancellationToken)
    {
        var ratings = new Dictionary<(int? Year, string Source, string Aspect, string Value), long>();
        await foreach (var stored in store.ReadRatingsAsync(cancellationToken).ConfigureAwait(false))
        {
            Increment(ratings, (stored.Document.Published?.Year, stored.Document.Source, stored.Rating.Aspect, Grade(stored.Rating.Value)));
        }

        return
        [
            .. ratings.OrderBy(e => e.Key.Year ?? int.MaxValue).ThenBy(e => e.Key.Source, StringComparer.Ordinal)
                .ThenBy(e => e.Key.Aspect, StringComparer.Ordinal).ThenBy(e => GradeOrder(e.Key.Value))
                .ThenBy(e => e.Key.Value, StringComparer.Ordinal)
                .Select(e => new RatingCount(e.Key.Year, e.Key.Source, e.Key.Aspect, e.Key.Value, e.Value)),
        ];
    }

    /// <summary>Every figure by kind (kinds in the documented order, unknown kinds after by name), oldest first, each with its evidence.</summary>
    public async Task<IReadOnlyList<FigureSeries>> FiguresAsync(CancellationToken cancellationToken)
    {
        var figures = new List<(string Kind, FigurePoint Point)>();
        await foreach (var stored in store.ReadFiguresAsync(cancellationToken).ConfigureAwait(false))
        {
            var f = stored.Figure;
            var d = stored.Document;
            figures.Add((f.Kind, new FigurePoint(d.Published, f.Value, f.Subject, f.Excerpt, d.Id, d.Source, d.Title, d.Location, f.Evidence.Paragraph)));
        }

        return
        [
            .. figures.GroupBy(f => f.Kind, StringComparer.Ordinal)
                .OrderBy(g => KindOrder(g.Key)).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new FigureSeries(g.Key, [.. g.Select(f => f.Point)])),
        ];
    }

    /// <summary>The four grades in their own order (best first), anything else after them.</summary>
    public static int GradeOrder(string value)
    {
        var index = RatingValues.All.ToList().FindIndex(v => string.Equals(v, value, StringComparison.OrdinalIgnoreCase));
        return index < 0 ? RatingValues.All.Count : index;
    }

    private static string Grade(string value) =>
        RatingValues.All.FirstOrDefault(v => string.Equals(v, value.Trim(), StringComparison.OrdinalIgnoreCase)) ?? value.Trim();

    private static int KindOrder(string kind)
    {
        var index = FigureKinds.All.ToList().IndexOf(kind);
        return index < 0 ? FigureKinds.All.Count : index;
    }

    private static void Increment<TKey>(Dictionary<TKey, long> counts, TKey key)
        where TKey : notnull => counts[key] = counts.GetValueOrDefault(key) + 1;
}
