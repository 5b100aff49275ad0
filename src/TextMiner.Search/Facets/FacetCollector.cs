using Lucene.Net.Index;
using Lucene.Net.Search;

namespace TextMiner.Search.Facets;

/// <summary>
/// Counts source, year, theme, speaker and rating over every matching unit (the facet package is not available): per
/// segment by ordinal over <see cref="SegmentOrdinals"/> (the five fields in one pass), turned into strings when the
/// segment ends.
/// </summary>
internal sealed class FacetCollector : ICollector
{
    private readonly Dictionary<string, int>[] totals =
        SegmentOrdinals.Fields.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal)).ToArray();

    private SegmentOrdinals? segment;
    private int[] starts = [];
    private int[] ordinals = [];
    private int[] counts = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Flush();
        segment = SegmentOrdinals.For(context.AtomicReader);
        starts = segment.Starts;
        ordinals = segment.Ordinals;
        counts = new int[segment.Values.Length];
    }

    public void Collect(int doc)
    {
        // Called once per matching unit: the arrays in locals, so the loop does not reload them from the collector.
        var segmentCounts = counts;
        var segmentOrdinals = ordinals;
        for (int i = starts[doc], end = starts[doc + 1]; i < end; i++)
        {
            segmentCounts[segmentOrdinals[i]]++;
        }
    }

    public SearchFacets Result()
    {
        Flush();
        return new(Ordered(totals[0]), Ordered(totals[1]), Ordered(totals[2]), Ordered(totals[3]), Ordered(totals[4]));
    }

    /// <summary>Value → count, largest count first, then by value.</summary>
    private static Dictionary<string, int> Ordered(Dictionary<string, int> counted)
    {
        var ordered = new Dictionary<string, int>(counted.Count, StringComparer.Ordinal);
        foreach (var pair in counted.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal))
        {
            ordered.Add(pair.Key, pair.Value);
        }

        return ordered;
    }

    private void Flush()
    {
        if (segment is null)
        {
            return;
        }

        for (var f = 0; f < totals.Length; f++)
        {
            var field = totals[f];
            for (int ord = segment.FieldStarts[f], end = segment.FieldStarts[f + 1]; ord < end; ord++)
            {
                if (counts[ord] != 0)
                {
                    var value = segment.Values[ord];
                    field[value] = field.GetValueOrDefault(value) + counts[ord];
                }
            }
        }

        segment = null;
        counts = [];
    }
}
