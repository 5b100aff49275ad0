using System.Globalization;

namespace TextMiner.Pipeline.Nightly;

/// <summary>
/// Decides whether a source's run looks like a site redesign rather than a quiet night: nothing discovered, far fewer
/// documents than the median of its recent runs, or pages that suddenly lack titles or published dates.
/// </summary>
public static class BreakageGuard
{
    public const string NoDocuments = "no-documents";
    public const string FewerDocuments = "fewer-documents";
    public const string MissingTitles = "missing-titles";
    public const string MissingDates = "missing-dates";

    public const string NoDocumentsMessage = "0 documents discovered{0}";
    public const string RecentRunsFound = ", recent runs found {0}";
    public const string FewerDocumentsMessage = "{0} documents discovered, recent runs found {1} (median of {2})";
    public const string MissingShareMessage = "{0} of {1} fetched documents have no {2} ({3:P0}), recent runs {4:P0}";

    /// <summary>Fewer than this share of the recent median is a breakage.</summary>
    public const double FewerRatio = 0.5;

    /// <summary>Below this median, a drop is noise (a source with three documents may well list one).</summary>
    public const int MinMedianForDrop = 4;

    /// <summary>Fewer fetched documents than this say nothing about titles and dates.</summary>
    public const int MinSample = 3;

    /// <summary>A share of missing titles or dates this much above recent runs (and at least half) is a breakage.</summary>
    public const double MissingJump = 0.3;

    public static IReadOnlyList<GuardVerdict> Evaluate(SourceRun current, IReadOnlyList<SourceRun> recent)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(recent);
        var usable = recent.Where(r => r.Error is null && r.Discovered > 0).ToList();
        var median = Median(usable.Select(r => r.Discovered).ToList());
        return
        [
            Documents(current, median, usable.Count),
            Share(MissingTitles, "title", current.MissingTitle, current.Analysed, usable.Sum(r => r.MissingTitle), usable.Sum(r => r.Analysed)),
            Share(MissingDates, "published date", current.MissingDate, current.Analysed, usable.Sum(r => r.MissingDate), usable.Sum(r => r.Analysed)),
        ];
    }

    private static GuardVerdict Documents(SourceRun current, double? median, int runs)
    {
        if (current.Discovered == 0)
        {
            var recent = median is { } m ? Format(RecentRunsFound, m) : string.Empty;
            return new(NoDocuments, false, Format(NoDocumentsMessage, recent));
        }

        if (median is { } med && med >= MinMedianForDrop && current.Discovered < med * FewerRatio)
        {
            return new(FewerDocuments, false, Format(FewerDocumentsMessage, current.Discovered, med, runs));
        }

        return new(FewerDocuments, true, Format("{0} documents discovered", current.Discovered));
    }

    private static GuardVerdict Share(string guard, string what, int missing, int analysed, int recentMissing, int recentAnalysed)
    {
        var share = analysed == 0 ? 0 : (double)missing / analysed;
        var baseline = recentAnalysed == 0 ? (double?)null : (double)recentMissing / recentAnalysed;
        var message = Format(MissingShareMessage, missing, analysed, what, share, baseline ?? 0);
        var broken = analysed >= MinSample && share >= 0.5 && (baseline is { } b ? share > b + MissingJump : share >= 1);
        return new(guard, !broken, message);
    }

    private static double? Median(List<int> values)
    {
        if (values.Count == 0)
        {
            return null;
        }

        values.Sort();
        var middle = values.Count / 2;
        return values.Count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2.0;
    }

    private static string Format(string format, params object?[] args) => string.Format(CultureInfo.InvariantCulture, format, args);
}
