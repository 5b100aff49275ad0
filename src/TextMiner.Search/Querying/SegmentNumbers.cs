using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;
using TextMiner.Search.Indexing;

namespace TextMiner.Search.Querying;

/// <summary>
/// One segment's values of one sort-number field (<see cref="SortKey"/>) as a plain array (0 where a unit has none).
/// A sort key is read for every matching unit; read through doc values that is several virtual calls and a decode each
/// time. Cached per segment core, like the facet ordinals, so a segment is read once.
/// </summary>
internal static class SegmentNumbers
{
    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<string, int[]>> Cache = new();

    public static int[] For(AtomicReader reader, string field) =>
        Cache.GetValue(reader.CoreCacheKey, _ => new ConcurrentDictionary<string, int[]>(StringComparer.Ordinal))
            .GetOrAdd(field, name => Read(reader, name));

    private static int[] Read(AtomicReader reader, string field)
    {
        var values = new int[reader.MaxDoc];
        if (reader.GetSortedDocValues(field) is { } sorted)
        {
            // Few distinct values (dates, a flag): each is decoded once, by its ordinal.
            var byOrdinal = new int[sorted.ValueCount];
            var bytes = new BytesRef();
            for (var ordinal = 0; ordinal < byOrdinal.Length; ordinal++)
            {
                sorted.LookupOrd(ordinal, bytes);
                byOrdinal[ordinal] = SortKey.Decode(bytes);
            }

            for (var doc = 0; doc < values.Length; doc++)
            {
                var ordinal = sorted.GetOrd(doc);
                values[doc] = ordinal < 0 ? 0 : byOrdinal[ordinal];
            }
        }

        return values;
    }
}
