using System.Globalization;
using TextMiner.Pipeline;
using TextMiner.Storage.Statistics;
using TextMiner.Web.Api;

namespace TextMiner.Web.Services;

/// <summary>
/// The figures page and /api/figures: the store's <see cref="StatisticsService"/> ratings, counted here by year and by
/// source, and its staffing figures over time.
/// </summary>
internal sealed class FiguresService(ReadOnlyData data)
{
    public const string Undated = "undated";

    public async Task<FiguresModel> GetAsync(CancellationToken cancellationToken)
    {
        if (await data.GetStoreAsync(cancellationToken).ConfigureAwait(false) is not { } store)
        {
            return new FiguresModel(NothingIngested: true, [], [], []);
        }

        var ratings = await store.Statistics.RatingsAsync(cancellationToken).ConfigureAwait(false);
        var figures = await store.Statistics.FiguresAsync(cancellationToken).ConfigureAwait(false);
        return new FiguresModel(
            false,
            Counts(ratings, r => r.Year?.ToString(CultureInfo.InvariantCulture) ?? Undated),
            Counts(ratings, r => r.Source),
            figures);
    }

    private static List<GradeCount> Counts(IReadOnlyList<RatingCount> ratings, Func<RatingCount, string> group) => ratings
        .GroupBy(r => (Group: group(r), r.Value))
        .OrderBy(g => g.Key.Group == Undated).ThenBy(g => g.Key.Group, StringComparer.Ordinal)
        .ThenBy(g => StatisticsService.GradeOrder(g.Key.Value)).ThenBy(g => g.Key.Value, StringComparer.Ordinal)
        .Select(g => new GradeCount(g.Key.Group, g.Key.Value, g.Sum(r => r.Ratings)))
        .ToList();
}
