using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace TextMiner.Search.Facets;

/// <summary>
/// One segment's facet values of one field, read once from doc values into plain arrays: doc → ordinals as
/// <c>Ordinals[Starts[doc] .. Starts[doc + 1]]</c>, ordinal → value. Doc values are read through several virtual calls
/// and packed-integer decoding per document; a broad query counts facets over tens of thousands of units, so the
/// arrays make counting a few array reads a unit. Cached per segment core (shared by every reopened reader and freed
/// with the segment), so a segment is read once however many queries count it.
/// </summary>
internal sealed class SegmentOrdinals
{
    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<string, SegmentOrdinals>> Cache = new();

    private SegmentOrdinals(int[] starts, int[] ordinals, string[] values)
    {
        Starts = starts;
        Ordinals = ordinals;
        Values = values;
    }

    public int[] Starts { get; }

    public int[] Ordinals { get; }

    public string[] Values { get; }

    public static SegmentOrdinals For(AtomicReader reader, string field) =>
        Cache.GetValue(reader.CoreCacheKey, _ => new ConcurrentDictionary<string, SegmentOrdinals>(StringComparer.Ordinal))
            .GetOrAdd(field, name => Read(reader, name));

    private static SegmentOrdinals Read(AtomicReader reader, string field)
    {
        var maxDoc = reader.MaxDoc;
        var starts = new int[maxDoc + 1];
        var ordinals = new List<int>(maxDoc);
        string[] values;
        if (reader.GetSortedDocValues(field) is { } single)
        {
            for (var doc = 0; doc < maxDoc; doc++)
            {
                starts[doc] = ordinals.Count;
                var ord = single.GetOrd(doc);
                if (ord >= 0)
                {
                    ordinals.Add(ord);
                }
            }

            values = Lookup(single.ValueCount, (ord, bytes) => single.LookupOrd(ord, bytes));
        }
        else if (reader.GetSortedSetDocValues(field) is { } multiple)
        {
            for (var doc = 0; doc < maxDoc; doc++)
            {
                starts[doc] = ordinals.Count;
                multiple.SetDocument(doc);
                long ord;
                while ((ord = multiple.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
                {
                    ordinals.Add((int)ord);
                }
            }

            values = Lookup(checked((int)multiple.ValueCount), (ord, bytes) => multiple.LookupOrd(ord, bytes));
        }
        else
        {
            values = [];
        }

        starts[maxDoc] = ordinals.Count;
        return new SegmentOrdinals(starts, [.. ordinals], values);
    }

    private static string[] Lookup(int count, Action<int, BytesRef> lookup)
    {
        var values = new string[count];
        var bytes = new BytesRef();
        for (var ord = 0; ord < count; ord++)
        {
            lookup(ord, bytes);
            values[ord] = bytes.Utf8ToString();
        }

        return values;
    }
}
