using Lucene.Net.Index;
using Lucene.Net.Search;

namespace TextMiner.Search.Indexing;

/// <summary>Collects every matching doc id (top-level), unscored and unsorted: cheaper than top-N for "all of them".</summary>
internal sealed class DocIdCollector : ICollector
{
    private readonly List<int> docs = [];
    private int docBase;

    public IReadOnlyList<int> Docs => docs;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context) => docBase = context.DocBase;

    public void Collect(int doc) => docs.Add(docBase + doc);
}
