using System.Globalization;
using TextMiner.Core.Records;

namespace TextMiner.Storage;

/// <summary>
/// What changed between two sets of findings. Findings are compared by what they say, not where: a rating by value,
/// aspect and subject; a figure by kind, value and subject; a quote by speaker and text (whitespace and case folded),
/// so a paragraph inserted above them does not make every finding "changed". Duplicates count as many times as they occur.
/// </summary>
public sealed record FindingsDiff(
    IReadOnlyList<Rating> AddedRatings,
    IReadOnlyList<Rating> RemovedRatings,
    IReadOnlyList<Figure> AddedFigures,
    IReadOnlyList<Figure> RemovedFigures,
    IReadOnlyList<Quote> AddedQuotes,
    IReadOnlyList<Quote> RemovedQuotes)
{
    public bool IsEmpty => AddedRatings.Count + RemovedRatings.Count + AddedFigures.Count + RemovedFigures.Count
        + AddedQuotes.Count + RemovedQuotes.Count == 0;

    public static FindingsDiff Compare(Findings before, Findings after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var (addedRatings, removedRatings) = Difference(before.Ratings, after.Ratings, RatingKey);
        var (addedFigures, removedFigures) = Difference(before.Figures, after.Figures, FigureKey);
        var (addedQuotes, removedQuotes) = Difference(before.Quotes, after.Quotes, QuoteKey);
        return new(addedRatings, removedRatings, addedFigures, removedFigures, addedQuotes, removedQuotes);
    }

    /// <summary>"no change", or e.g. "ratings +1 -1, figures +2, quotes -3".</summary>
    public override string ToString()
    {
        var parts = new[]
            {
                Part("ratings", AddedRatings.Count, RemovedRatings.Count),
                Part("figures", AddedFigures.Count, RemovedFigures.Count),
                Part("quotes", AddedQuotes.Count, RemovedQuotes.Count),
            }
            .Where(part => part.Length > 0)
            .ToArray();
        return parts.Length == 0 ? "no change" : string.Join(", ", parts);
    }

    private static string Part(string name, int added, int removed) => (added, removed) switch
    {
        (0, 0) => string.Empty,
        (_, 0) => string.Create(CultureInfo.InvariantCulture, $"{name} +{added}"),
        (0, _) => string.Create(CultureInfo.InvariantCulture, $"{name} -{removed}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{name} +{added} -{removed}"),
    };

    private static (IReadOnlyList<T> Added, IReadOnlyList<T> Removed) Difference<T>(
        IReadOnlyList<T> before,
        IReadOnlyList<T> after,
        Func<T, string> key)
    {
        var remaining = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in before)
        {
            remaining[key(item)] = remaining.GetValueOrDefault(key(item)) + 1;
        }

        var added = new List<T>();
        foreach (var item in after)
        {
            var k = key(item);
            if (remaining.GetValueOrDefault(k) > 0)
            {
                remaining[k]--;
            }
            else
            {
                added.Add(item);
            }
        }

        var removed = new List<T>();
        foreach (var item in before)
        {
            var k = key(item);
            if (remaining.GetValueOrDefault(k) > 0)
            {
                remaining[k]--;
                removed.Add(item);
            }
        }

        return (added, removed);
    }

    private static string RatingKey(Rating rating) =>
        string.Join('\u001f', rating.Value, Fold(rating.Aspect), Fold(rating.Subject));

    private static string FigureKey(Figure figure) =>
        string.Join('\u001f', figure.Kind, figure.Value.ToString("R", CultureInfo.InvariantCulture), Fold(figure.Subject));

    private static string QuoteKey(Quote quote) => string.Join('\u001f', Fold(quote.Speaker), Fold(quote.Text));

    private static string Fold(string? text) =>
        text is null ? string.Empty : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
}
