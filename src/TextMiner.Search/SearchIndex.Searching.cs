using Lucene.Net.Search;
using TextMiner.Search.Facets;
using TextMiner.Search.Highlighting;
using TextMiner.Search.Indexing;
using TextMiner.Search.Querying;

namespace TextMiner.Search;

/// <summary>Queries: hits with snippets, facets over the whole result set.</summary>
public sealed partial class SearchIndex
{
    /// <summary>True when the index holds no units at all.</summary>
    public bool IsEmpty => WithSearcher<bool?>(searcher => searcher.IndexReader.NumDocs == 0) ?? true;

    /// <summary>Runs a search. An empty index gives <see cref="SearchResponse.ForEmptyIndex"/>.</summary>
    /// <exception cref="SearchQueryException">The query or the paging cannot be run; the message says why in one line.</exception>
    public SearchResponse Search(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Limit < 1 || request.Limit > SearchRequest.MaxLimit || request.Offset < 0 || request.Offset > SearchRequest.MaxOffset)
        {
            throw new SearchQueryException(
                SearchErrorCodes.InvalidPaging, SearchErrorMessages.Format(SearchErrorMessages.InvalidPaging, SearchRequest.MaxLimit, SearchRequest.MaxOffset));
        }

        var query = SearchQueryBuilder.ParseQuery(request, thesaurus);
        var filter = SearchQueryBuilder.BuildFilter(request);
        return WithSearcher(searcher => searcher.IndexReader.NumDocs == 0
            ? SearchResponse.ForEmptyIndex
            : Run(searcher, request, query, filter)) ?? SearchResponse.ForEmptyIndex;
    }

    private static SearchResponse Run(IndexSearcher searcher, SearchRequest request, Query query, Filter filter)
    {
        var size = request.Offset + request.Limit;
        var top = request.Sort == SearchSort.Date ? TopUnitsCollector.ForDate(size) : TopUnitsCollector.ForRelevance(size);
        var facets = request.CountFacets ? new FacetCollector() : null;
        try
        {
            searcher.Search(query, filter, facets is null ? top : new TopAndFacetsCollector(top, facets));
        }
        catch (BooleanQuery.TooManyClausesException)
        {
            throw new SearchQueryException(SearchErrorCodes.TooManyTerms, SearchErrorMessages.TooManyTerms);
        }

        // Snippets (stored text, analysed again) only for the page shown.
        var highlighter = new SnippetHighlighter(query);
        var hits = top.Hits(request.Offset)
            .Select(scoreDoc => HitReader.Read(searcher, scoreDoc.Doc, scoreDoc.Score, highlighter))
            .ToList();
        return new SearchResponse(top.TotalHits, hits, facets?.Result() ?? SearchFacets.Empty, IndexIsEmpty: false, request.Offset);
    }

    /// <summary>Runs the action on a fresh searcher; gives default when there is no index yet (read-only open).</summary>
    private T? WithSearcher<T>(Func<IndexSearcher, T> action)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        var current = CurrentManager();
        if (current is null)
        {
            return default;
        }

        if (stale || (writer is null && commits.MayHaveChanged()))
        {
            stale = false;
            current.MaybeRefreshBlocking();
        }

        var searcher = current.Acquire();
        try
        {
            return action(searcher);
        }
        finally
        {
            current.Release(searcher);
        }
    }

    private SearcherManager? CurrentManager()
    {
        if (manager is null && writer is null && Lucene.Net.Index.DirectoryReader.IndexExists(directory))
        {
            manager = new SearcherManager(directory, null);
        }

        return manager;
    }
}
