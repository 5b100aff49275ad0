using System.Globalization;
using TextMiner.Core.Records;
using TextMiner.Web.Api;
using TextMiner.Web.Data;

namespace TextMiner.Web.Services;

/// <summary>Ratings counted by year and by source, and the staffing figures over time, for the figures page and /api/figures.</summary>
internal sealed class FiguresService(DataAccess data)
{
    public const string Undated = "undated";

    public async Task<FiguresModel> GetAsync(CancellationToken cancellationToken)
    {
        if (await data.GetStoreAsync(cancellationToken).ConfigureAwait(false) is not { } store)
        {
            return new FiguresModel(NothingIngested: true, [], [], []);
        }

        var byYear = new Dictionary<(string, string), int>();
        var bySource = new Dictionary<(string, string), int>();
        await foreach (var stored in store.ReadRatingsAsync(cancellationToken).ConfigureAwait(false))
        {
            var year = stored.Document.Published?.Year.ToString(CultureInfo.InvariantCulture) ?? Undated;
            var value = Grade(stored.Rating.Value);
            byYear[(year, value)] = byYear.GetValueOrDefault((year, value)) + 1;
            bySource[(stored.Document.Source, value)] = bySource.GetValueOrDefault((stored.Document.Source, value)) + 1;
        }

        var points = new Dictionary<string, List<FigurePoint>>(StringComparer.Ordinal);
        await foreach (var stored in store.ReadFiguresAsync(cancellationToken).ConfigureAwait(false))
        {
            var figure = stored.Figure;
            if (!points.TryGetValue(figure.Kind, out var list))
            {
                points[figure.Kind] = list = [];
            }

            list.Add(new FigurePoint(
                stored.Document.Published, figure.Value, figure.Subject, figure.Evidence, stored.Document.Id, stored.Document.Title, stored.Document.Source, figure.Paragraph));
        }

        var series = points
            .OrderBy(p => KindOrder(p.Key)).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => new FigureSeries(p.Key, p.Value))
            .ToList();
        return new FiguresModel(false, Counts(byYear), Counts(bySource), series);
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

    private static List<RatingCount> Counts(Dictionary<(string Group, string Value), int> counts) => counts
        .OrderBy(c => c.Key.Group == Undated).ThenBy(c => c.Key.Group, StringComparer.Ordinal).ThenBy(c => GradeOrder(c.Key.Value))
        .Select(c => new RatingCount(c.Key.Group, c.Key.Value, c.Value))
        .ToList();
}
