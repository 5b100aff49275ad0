using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace TextMiner.Search.Querying;

/// <summary>
/// One segment's values of one numeric doc-values field as a plain array (0 where a unit has none, as Lucene's own
/// sort reads them). A sort key is read for every matching unit; read through doc values that is several virtual calls
/// and a packed-integer decode each time. Cached per segment core, like the facet ordinals, so a segment is read once.
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
        if (reader.GetNumericDocValues(field) is { } numbers)
        {
            for (var doc = 0; doc < values.Length; doc++)
            {
                values[doc] = (int)numbers.Get(doc);
            }
        }

        return values;
    }
}
