using Lucene.Net.Index;
using Lucene.Net.Util;

namespace TextMiner.Search.Facets;

/// <summary>
/// Counts the values of one doc-values field: per segment by ordinal (cheap), turned into strings when the segment ends.
/// Works for single-valued (sorted) and multi-valued (sorted set) fields.
/// </summary>
internal sealed class FacetCounter
{
    private readonly string field;
    private readonly bool multiValued;
    private readonly Dictionary<string, int> totals = new(StringComparer.Ordinal);
    private SortedDocValues? single;
    private SortedSetDocValues? multiple;
    private int[] counts = [];

    public FacetCounter(string field, bool multiValued)
    {
        this.field = field;
        this.multiValued = multiValued;
    }

    public void SetNextReader(AtomicReader reader)
    {
        Flush();
        if (multiValued)
        {
            multiple = reader.GetSortedSetDocValues(field);
            counts = multiple is null ? [] : new int[multiple.ValueCount];
        }
        else
        {
            single = reader.GetSortedDocValues(field);
            counts = single is null ? [] : new int[single.ValueCount];
        }
    }

    public void Collect(int doc)
    {
        if (single is not null)
        {
            var ord = single.GetOrd(doc);
            if (ord >= 0)
            {
                counts[ord]++;
            }
        }
        else if (multiple is not null)
        {
            multiple.SetDocument(doc);
            long ord;
            while ((ord = multiple.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                counts[ord]++;
            }
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
        var bytes = new BytesRef();
        for (var ord = 0; ord < counts.Length; ord++)
        {
            if (counts[ord] == 0)
            {
                continue;
            }

            if (single is not null)
            {
                single.LookupOrd(ord, bytes);
            }
            else
            {
                multiple!.LookupOrd(ord, bytes);
            }

            var value = bytes.Utf8ToString();
            totals[value] = totals.GetValueOrDefault(value) + counts[ord];
        }

        counts = [];
        single = null;
        multiple = null;
    }
}
