using Lucene.Net.Index;
using Lucene.Net.Search;
using TextMiner.Search.Facets;

namespace TextMiner.Search.Querying;

/// <summary>
/// The top units and the facet counts in one pass, calling the two collectors directly: Lucene's
/// <c>MultiCollector</c> does the same through an interface call per collector per matching unit, which a profile
/// showed as a fifth of its cost.
/// </summary>
internal sealed class TopAndFacetsCollector(TopUnitsCollector top, FacetCollector facets) : ICollector
{
    public bool AcceptsDocsOutOfOrder => top.AcceptsDocsOutOfOrder && facets.AcceptsDocsOutOfOrder;

    public void SetScorer(Scorer scorer)
    {
        top.SetScorer(scorer);
        facets.SetScorer(scorer);
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        top.SetNextReader(context);
        facets.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        top.Collect(doc);
        facets.Collect(doc);
    }
}
