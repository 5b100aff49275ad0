using Lucene.Net.Index;
using Lucene.Net.Search;
using TextMiner.Search.Indexing;

namespace TextMiner.Search.Facets;

/// <summary>Counts source, year, theme, speaker and rating over every matching unit (the facet package is not available).</summary>
internal sealed class FacetCollector : ICollector
{
    private readonly FacetCounter source = new(IndexFields.FacetSource);
    private readonly FacetCounter year = new(IndexFields.FacetYear);
    private readonly FacetCounter theme = new(IndexFields.FacetTheme);
    private readonly FacetCounter speaker = new(IndexFields.FacetSpeaker);
    private readonly FacetCounter rating = new(IndexFields.FacetRating);

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        foreach (var counter in All())
        {
            counter.SetNextReader(context.AtomicReader);
        }
    }

    public void Collect(int doc)
    {
        source.Collect(doc);
        year.Collect(doc);
        theme.Collect(doc);
        speaker.Collect(doc);
        rating.Collect(doc);
    }

    public SearchFacets Result() =>
        new(source.Result(), year.Result(), theme.Result(), speaker.Result(), rating.Result());

    private FacetCounter[] All() => [source, year, theme, speaker, rating];
}
