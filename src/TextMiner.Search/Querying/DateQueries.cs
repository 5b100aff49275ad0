using Lucene.Net.Search;
using TextMiner.Search.Indexing;

namespace TextMiner.Search.Querying;

/// <summary>Ranges over the <c>published</c> field, stored as the number YYYYMMDD.</summary>
internal static class DateQueries
{
    public static Query Range(DateOnly? from, DateOnly? to, bool fromInclusive = true, bool toInclusive = true) =>
        NumericRangeQuery.NewInt32Range(
            IndexFields.Published,
            from is { } f ? UnitDocumentBuilder.DateKey(f) : null,
            to is { } t ? UnitDocumentBuilder.DateKey(t) : null,
            fromInclusive,
            toInclusive);
}
