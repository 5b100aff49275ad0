using Lucene.Net.Search;
using TextMiner.Search.Indexing;

namespace TextMiner.Search.Querying;

/// <summary>
/// Ranges over the units' dates, the number YYYYMMDD in their <see cref="IndexFields.SortPublished"/> doc values (the
/// date sort's field), matched as a constant-score filter as Lucene's numeric range query scored it. Units carry no
/// indexed date terms: a trie-encoded <c>Int32Field</c> made eight terms and a new token stream per unit (a tenth of a
/// reindex's inversion and 2% of the index) for a filter users rarely set (docs/performance.md, "Fourth pass").
/// </summary>
internal static class DateQueries
{
    /// <summary>The least date key: an undated unit reads as 0 and never falls in a range.</summary>
    private const int Dated = 1;

    public static Query Range(DateOnly? from, DateOnly? to, bool fromInclusive = true, bool toInclusive = true) =>
        new ConstantScoreQuery(FieldCacheRangeFilter.NewInt32Range(
            IndexFields.SortPublished,
            from is { } f ? UnitDocumentBuilder.DateKey(f) : Dated,
            to is { } t ? UnitDocumentBuilder.DateKey(t) : null,
            from is null || fromInclusive,
            toInclusive));
}
