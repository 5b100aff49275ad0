using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using TextMiner.Search.Indexing;

namespace TextMiner.Search.Querying;

/// <summary>
/// The units whose date key (<see cref="IndexFields.SortPublished"/>, read as <see cref="SegmentNumbers"/>) lies in
/// <c>[lowest, highest]</c>, checked unit by unit as Lucene's <c>FieldCacheRangeFilter</c> checked the numeric doc values.
/// </summary>
internal sealed class DateRangeFilter(int lowest, int highest) : Filter
{
    private int Lowest => lowest;

    private int Highest => highest;

    public override DocIdSet? GetDocIdSet(AtomicReaderContext context, IBits acceptDocs)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (lowest > highest)
        {
            return null;
        }

        var keys = SegmentNumbers.For(context.AtomicReader, IndexFields.SortPublished);
        return new FieldCacheDocIdSet(context.AtomicReader.MaxDoc, acceptDocs, doc => keys[doc] >= lowest && keys[doc] <= highest);
    }

    public override bool Equals(object? obj) => obj is DateRangeFilter other && other.Lowest == lowest && other.Highest == highest;

    public override int GetHashCode() => HashCode.Combine(lowest, highest);

    public override string ToString() => $"{IndexFields.SortPublished}:[{lowest} TO {highest}]";
}
