using Lucene.Net.Index;

namespace TextMiner.Search.Facets;

/// <summary>
/// Counts the values of one doc-values field (single-valued sorted or multi-valued sorted set): per segment by
/// ordinal over <see cref="SegmentOrdinals"/>, turned into strings when the segment ends.
/// </summary>
internal sealed class FacetCounter
{
    private readonly string field;
    private readonly Dictionary<string, int> totals = new(StringComparer.Ordinal);
    private SegmentOrdinals? segment;
    private int[] counts = [];

    public FacetCounter(string field)
    {
        this.field = field;
    }

    public void SetNextReader(AtomicReader reader)
    {
        Flush();
        segment = SegmentOrdinals.For(reader, field);
        counts = segment.Values.Length == 0 ? [] : new int[segment.Values.Length];
    }

    public void Collect(int doc)
    {
        if (segment is not { } current)
        {
            return;
        }

        var ordinals = current.Ordinals;
        for (int i = current.Starts[doc], end = current.Starts[doc + 1]; i < end; i++)
        {
            counts[ordinals[i]]++;
        }
    }

    /// <summary>Value → count, largest count first, then by value.</summary>
    public IReadOnlyDictionary<string, int> Result()
    {
        Flush();
        var ordered = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var pair in totals.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal))
        {
            ordered.Add(pair.Key, pair.Value);
        }

        return ordered;
    }

    private void Flush()
    {
        for (var ord = 0; ord < counts.Length; ord++)
        {
            if (counts[ord] != 0)
            {
                var value = segment!.Values[ord];
                totals[value] = totals.GetValueOrDefault(value) + counts[ord];
            }
        }

        counts = [];
        segment = null;
    }
}
