using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;
using TextMiner.Search.Indexing;

namespace TextMiner.Search.Facets;

/// <summary>
/// One segment's values of the five facet fields, read once from doc values into plain arrays: doc → ordinals as
/// <c>Ordinals[Starts[doc] .. Starts[doc + 1]]</c>, ordinal → value. The fields share one ordinal space (field
/// <c>f</c> owns <c>FieldStarts[f] .. FieldStarts[f + 1]</c>), so counting a matching unit is one short loop over
/// one array, not a call per field. Doc values are read through several virtual calls and packed-integer decoding per
/// document; a broad query counts facets over tens of thousands of units. Cached per segment core (shared by every
/// reopened reader and freed with the segment), so a segment is read once however many queries count it.
/// </summary>
internal sealed class SegmentOrdinals
{
    /// <summary>The facet fields, in <see cref="SearchFacets"/>' order.</summary>
    public static readonly string[] Fields =
        [IndexFields.FacetSource, IndexFields.FacetYear, IndexFields.FacetTheme, IndexFields.FacetSpeaker, IndexFields.FacetRating];

    private static readonly ConditionalWeakTable<object, SegmentOrdinals> Cache = new();

    private SegmentOrdinals(int[] starts, int[] ordinals, string[] values, int[] fieldStarts)
    {
        Starts = starts;
        Ordinals = ordinals;
        Values = values;
        FieldStarts = fieldStarts;
    }

    public int[] Starts { get; }

    public int[] Ordinals { get; }

    public string[] Values { get; }

    /// <summary>Where each field's ordinals begin, one more entry than <see cref="Fields"/> (the end of the last).</summary>
    public int[] FieldStarts { get; }

    public static SegmentOrdinals For(AtomicReader reader) =>
        Cache.GetValue(reader.CoreCacheKey, _ => Read(reader));

    private static SegmentOrdinals Read(AtomicReader reader)
    {
        var maxDoc = reader.MaxDoc;
        var perField = Fields.Select(field => FieldOrdinals.Read(reader, field, maxDoc)).ToArray();
        var fieldStarts = new int[Fields.Length + 1];
        for (var f = 0; f < perField.Length; f++)
        {
            fieldStarts[f + 1] = fieldStarts[f] + perField[f].Values.Length;
        }

        var starts = new int[maxDoc + 1];
        var ordinals = new int[perField.Sum(field => field.Ordinals.Count)];
        var next = 0;
        for (var doc = 0; doc < maxDoc; doc++)
        {
            starts[doc] = next;
            for (var f = 0; f < perField.Length; f++)
            {
                var field = perField[f];
                for (int i = field.Starts[doc], end = field.Starts[doc + 1]; i < end; i++)
                {
                    ordinals[next++] = fieldStarts[f] + field.Ordinals[i];
                }
            }
        }

        starts[maxDoc] = next;
        return new SegmentOrdinals(starts, ordinals, [.. perField.SelectMany(field => field.Values)], fieldStarts);
    }

    /// <summary>One field's ordinals (single-valued sorted or multi-valued sorted set), as read.</summary>
    private sealed record FieldOrdinals(int[] Starts, List<int> Ordinals, string[] Values)
    {
        public static FieldOrdinals Read(AtomicReader reader, string field, int maxDoc)
        {
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
            return new FieldOrdinals(starts, ordinals, values);
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
}
