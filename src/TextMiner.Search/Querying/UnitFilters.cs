using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using TextMiner.Search.Indexing;

namespace TextMiner.Search.Querying;

/// <summary>
/// "Units of this kind", the filter of every search: cached per segment as a bit set, so a search tests one bit per
/// candidate instead of walking the unit term's postings (which hold most of the index) every time.
/// </summary>
internal static class UnitFilters
{
    private static readonly Filter DocumentUnits = Create(Unit.Document);
    private static readonly Filter ParagraphUnits = Create(Unit.Paragraph);
    private static readonly Filter QuoteUnits = Create(Unit.Quote);

    public static Filter For(Unit unit) => unit switch
    {
        Unit.Document => DocumentUnits,
        Unit.Paragraph => ParagraphUnits,
        _ => QuoteUnits,
    };

    private static BitSetCachingFilter Create(Unit unit) =>
        new(new QueryWrapperFilter(new TermQuery(new Term(IndexFields.Unit, IndexFields.UnitName(unit)))));

    /// <summary>Caches a fixed bit set, which offers random access, so Lucene applies it while scoring instead of leap-frogging.</summary>
    private sealed class BitSetCachingFilter(Filter filter) : CachingWrapperFilter(filter)
    {
        protected override DocIdSet DocIdSetToCache(DocIdSet docIdSet, AtomicReader reader)
        {
            var bits = new FixedBitSet(reader.MaxDoc);
            if (docIdSet?.GetIterator() is { } iterator)
            {
                bits.Or(iterator);
            }

            return bits;
        }
    }
}
