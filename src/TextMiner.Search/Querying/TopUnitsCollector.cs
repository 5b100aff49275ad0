using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using TextMiner.Search.Indexing;

namespace TextMiner.Search.Querying;

/// <summary>
/// The best units of a search, in the order of a sort by a number (larger first: <see cref="ForRelevance"/> ranks
/// heading-only paragraphs after the rest, <see cref="ForDate"/> newest first), then score, then unit id. It gives the
/// same hits in the same order as Lucene's <c>TopFieldCollector</c> over that sort, at a fraction of the cost: the
/// number is a cached array (<see cref="SegmentNumbers"/>), not a doc-values read per matching unit, and unit ids are
/// read only to break an exact tie of number and score.
/// </summary>
internal sealed class TopUnitsCollector : ICollector
{
    private readonly string keyField;
    private readonly int keySign;
    private readonly int size;
    private readonly PriorityQueue<Entry, Entry> queue;
    private readonly List<(int DocBase, SortedDocValues? UnitIds)> segments = [];
    private readonly BytesRef left = new();
    private readonly BytesRef right = new();
    private int[] keys = [];
    private Scorer? scorer;
    private int docBase;
    private int segment = -1;

    private TopUnitsCollector(string keyField, int keySign, int size)
    {
        this.keyField = keyField;
        this.keySign = keySign;
        this.size = size;
        // The worst of the best first, to be dropped when a better unit comes.
        queue = new PriorityQueue<Entry, Entry>(size + 1, Comparer<Entry>.Create(Compare));
    }

    public int TotalHits { get; private set; }

    public bool AcceptsDocsOutOfOrder => true;

    /// <summary>Heading-only paragraphs after the rest, then by score, then by unit id.</summary>
    public static TopUnitsCollector ForRelevance(int size) => new(IndexFields.SortHeadingOnly, -1, size);

    /// <summary>Newest first (undated last), then by score, then by unit id.</summary>
    public static TopUnitsCollector ForDate(int size) => new(IndexFields.SortPublished, 1, size);

    public void SetScorer(Scorer scorer) => this.scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var reader = context.AtomicReader;
        keys = SegmentNumbers.For(reader, keyField);
        docBase = context.DocBase;
        segments.Add((docBase, reader.GetSortedDocValues(IndexFields.SortUnitId)));
        segment = segments.Count - 1;
    }

    public void Collect(int doc)
    {
        TotalHits++;
        var entry = new Entry(keySign * (long)keys[doc], scorer!.GetScore(), segment, doc);
        if (queue.Count < size)
        {
            queue.Enqueue(entry, entry);
        }
        else if (Compare(entry, queue.Peek()) > 0)
        {
            queue.DequeueEnqueue(entry, entry);
        }
    }

    /// <summary>The hits from <paramref name="offset"/> on, best first.</summary>
    public ScoreDoc[] Hits(int offset)
    {
        var best = new Entry[queue.Count];
        for (var i = best.Length - 1; i >= 0; i--)
        {
            best[i] = queue.Dequeue();
        }

        return best.Skip(offset).Select(e => new ScoreDoc(segments[e.Segment].DocBase + e.Doc, e.Score)).ToArray();
    }

    /// <summary>Positive when <paramref name="a"/> ranks before <paramref name="b"/>.</summary>
    private int Compare(Entry a, Entry b)
    {
        if (a.Key != b.Key)
        {
            return a.Key > b.Key ? 1 : -1;
        }

        if (a.Score != b.Score)
        {
            return a.Score > b.Score ? 1 : -1;
        }

        var byId = CompareUnitIds(a, b);
        return byId != 0 ? -byId : (segments[b.Segment].DocBase + b.Doc).CompareTo(segments[a.Segment].DocBase + a.Doc);
    }

    private int CompareUnitIds(Entry a, Entry b)
    {
        var (ids, otherIds) = (segments[a.Segment].UnitIds, segments[b.Segment].UnitIds);
        if (ids is null || otherIds is null)
        {
            return (ids is null ? 0 : 1) - (otherIds is null ? 0 : 1);
        }

        var (ord, otherOrd) = (ids.GetOrd(a.Doc), otherIds.GetOrd(b.Doc));
        if (a.Segment == b.Segment || ord < 0 || otherOrd < 0)
        {
            return ord.CompareTo(otherOrd);
        }

        ids.LookupOrd(ord, left);
        otherIds.LookupOrd(otherOrd, right);
        return left.CompareTo(right);
    }

    private readonly record struct Entry(long Key, float Score, int Segment, int Doc);
}
