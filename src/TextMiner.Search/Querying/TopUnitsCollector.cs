using Lucene.Net.Index;
using Lucene.Net.Search;
using TextMiner.Search.Indexing;

namespace TextMiner.Search.Querying;

/// <summary>
/// The best units of a search, in the order of a sort by a number (larger first: <see cref="ForRelevance"/> ranks
/// heading-only paragraphs after the rest, <see cref="ForDate"/> newest first), then score, then unit id. It gives the
/// same hits in the same order as Lucene's <c>TopFieldCollector</c> over that sort, at a fraction of the cost: the
/// number is a cached array (<see cref="SegmentNumbers"/>), not a doc-values read per matching unit, and so is the
/// unit ids' order that breaks an exact tie of number and score (<see cref="UnitIdRanks"/>).
/// </summary>
internal sealed class TopUnitsCollector : ICollector
{
    private readonly string keyField;
    private readonly int keySign;
    private readonly int size;
    private readonly PriorityQueue<Entry, Entry> queue;
    private int[] keys = [];
    private int[] ranks = [];
    private Scorer? scorer;
    private int docBase;

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
        keys = SegmentNumbers.For(context.AtomicReader, keyField);
        ranks = UnitIdRanks.For(context);
        docBase = context.DocBase;
    }

    public void Collect(int doc)
    {
        TotalHits++;
        var entry = new Entry(keySign * (long)keys[doc], scorer!.GetScore(), ranks[doc], docBase + doc);
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

        return best.Skip(offset).Select(e => new ScoreDoc(e.Doc, e.Score)).ToArray();
    }

    /// <summary>Positive when <paramref name="a"/> ranks before <paramref name="b"/>: larger key, larger score, smaller unit id, earlier unit.</summary>
    private static int Compare(Entry a, Entry b)
    {
        if (a.Key != b.Key)
        {
            return a.Key > b.Key ? 1 : -1;
        }

        if (a.Score != b.Score)
        {
            return a.Score > b.Score ? 1 : -1;
        }

        return a.UnitIdRank != b.UnitIdRank ? b.UnitIdRank.CompareTo(a.UnitIdRank) : b.Doc.CompareTo(a.Doc);
    }

    /// <param name="Doc">The unit's doc id in the whole index.</param>
    private readonly record struct Entry(long Key, float Score, int UnitIdRank, int Doc);
}
