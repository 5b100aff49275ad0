using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using TextMiner.Search.Indexing;

namespace TextMiner.Search.Querying;

/// <summary>
/// Every unit's place in the order of unit ids across all the segments of one reader (-1 for a unit without an id),
/// per segment as a plain array. Hits whose sort key and score tie are ordered by unit id; comparing ids of two
/// segments meant looking both values up in the doc values' compressed terms, and ties are common (constant-score
/// prefix queries tie everywhere), so that lookup was a large part of collecting. Built once per opened reader from
/// Lucene's ordinal map (a merge of the segments' sorted ids) and freed with it.
/// </summary>
internal static class UnitIdRanks
{
    private static readonly ConditionalWeakTable<object, int[][]> Cache = new();

    /// <summary>The ranks of the units of <paramref name="context"/>'s segment, doc → rank.</summary>
    public static int[] For(AtomicReaderContext context)
    {
        var top = ReaderUtil.GetTopLevelContext(context).Reader;
        return Cache.GetValue(top.CoreCacheKey, _ => Build(top))[context.Ord];
    }

    private static int[][] Build(IndexReader top)
    {
        var leaves = top.Leaves;
        var sorted = leaves.Select(leaf => leaf.AtomicReader.GetSortedDocValues(IndexFields.SortUnitId)).ToArray();
        var map = leaves.Count > 1
            ? new MultiDocValues.OrdinalMap(top.CoreCacheKey, [.. sorted.Select(values => values?.GetTermsEnum() ?? TermsEnum.EMPTY)])
            : null;
        var ranks = new int[leaves.Count][];
        for (var segment = 0; segment < leaves.Count; segment++)
        {
            var values = sorted[segment];
            var segmentRanks = new int[leaves[segment].AtomicReader.MaxDoc];
            for (var doc = 0; doc < segmentRanks.Length; doc++)
            {
                var ord = values?.GetOrd(doc) ?? -1;
                segmentRanks[doc] = ord < 0 ? -1 : map is null ? ord : checked((int)map.GetGlobalOrd(segment, ord));
            }

            ranks[segment] = segmentRanks;
        }

        return ranks;
    }
}
