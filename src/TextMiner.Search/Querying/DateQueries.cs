using Lucene.Net.Search;
using TextMiner.Search.Indexing;

namespace TextMiner.Search.Querying;

/// <summary>
/// Ranges over the units' dates, the number YYYYMMDD in their <see cref="IndexFields.SortPublished"/> doc values (the
/// date sort's field), matched as a constant-score filter (<see cref="DateRangeFilter"/>) as Lucene's numeric range query scored it. Units carry no
/// indexed date terms: a trie-encoded <c>Int32Field</c> made eight terms and a new token stream per unit (a tenth of a
/// reindex's inversion and 2% of the index) for a filter users rarely set (docs/performance.md, "Fourth pass").
/// </summary>
internal static class DateQueries
{
    /// <summary>The least date key: an undated unit reads as 0 and never falls in a range.</summary>
    private const int Dated = 1;

    public static Query Range(DateOnly? from, DateOnly? to, bool fromInclusive = true, bool toInclusive = true)
    {
        // Exclusive ends move one key inwards; date keys are far from int's limits.
        var lowest = from is { } f ? UnitDocumentBuilder.DateKey(f) + (fromInclusive ? 0 : 1) : Dated;
        var highest = to is { } t ? UnitDocumentBuilder.DateKey(t) - (toInclusive ? 0 : 1) : int.MaxValue;
        return new ConstantScoreQuery(new DateRangeFilter(lowest, highest));
    }
}
