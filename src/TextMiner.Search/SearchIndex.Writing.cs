using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;
using TextMiner.Core.Records;
using TextMiner.Search.Indexing;

namespace TextMiner.Search;

/// <summary>Changes: replace, delete, clear, commit.</summary>
public sealed partial class SearchIndex
{
    /// <summary>
    /// The ids added since <see cref="Clear"/> (null when there was no clear since the last commit): while rebuilding,
    /// a document not added yet cannot be in the index, so it is added without a delete-by-term to apply at flush.
    /// </summary>
    private ConcurrentDictionary<string, bool>? addedSinceClear;

    /// <summary>
    /// Deletes every unit of the document's id and adds its document, paragraph and quote units (not yet committed).
    /// Several threads may replace different documents at once (a rebuild adds on every core: analysing the text is
    /// most of its cost); each document's units stay one block.
    /// </summary>
    public void Replace(AnalysedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        // Built and added on this thread: the units replay this thread's analysed tokens.
        var units = UnitDocumentBuilder.Build(document, DocumentTokens.ForCurrentThread());
        if (addedSinceClear?.TryAdd(document.Document.Id, true) == true)
        {
            Writer.AddDocuments(units);
        }
        else
        {
            Writer.UpdateDocuments(new Term(IndexFields.DocumentId, document.Document.Id), units);
        }

        stale = true;
    }

    /// <summary>
    /// Compiles the writer's code (analysis, inversion, flushing) by indexing one invented document into a throwaway
    /// in-memory index: call it on a spare core while a command that will rebuild is still starting. Touches no index on disk.
    /// </summary>
    public static void WarmUpWriter() => WriterWarmUp.Run();

    /// <summary>Deletes every unit of the document (not yet committed).</summary>
    public void Delete(string documentId)
    {
        Writer.DeleteDocuments(new Term(IndexFields.DocumentId, documentId));
        stale = true;
    }

    /// <summary>Deletes everything (not yet committed), for a rebuild from the store.</summary>
    public void Clear()
    {
        Writer.DeleteAll();
        addedSinceClear = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        stale = true;
    }

    /// <summary>Makes every change since the last commit durable, all at once.</summary>
    public void Commit()
    {
        Writer.Commit();
        addedSinceClear = null;
        NeedsRebuild = false;
        stale = true;
    }

    /// <summary>Document id → version of every indexed document, to check the index against the store.</summary>
    public IReadOnlyDictionary<string, string> GetIndexedVersions()
    {
        var versions = new Dictionary<string, string>(StringComparer.Ordinal);
        WithSearcher(searcher =>
        {
            var query = new TermQuery(new Term(IndexFields.Unit, IndexFields.UnitName(Unit.Document)));
            var collector = new DocIdCollector();
            searcher.Search(query, collector);
            var fields = new HashSet<string>(StringComparer.Ordinal) { IndexFields.DocumentId, IndexFields.Version };
            foreach (var doc in collector.Docs)
            {
                var stored = searcher.Doc(doc, fields);
                versions[stored.Get(IndexFields.DocumentId)] = stored.Get(IndexFields.Version);
            }

            return 0;
        });
        return versions;
    }

    /// <summary>How many units of the kind the index holds (uncommitted changes included).</summary>
    public int Count(Unit unit) => WithSearcher(searcher =>
    {
        var counter = new TotalHitCountCollector();
        searcher.Search(new TermQuery(new Term(IndexFields.Unit, IndexFields.UnitName(unit))), counter);
        return counter.TotalHits;
    });

    private IndexWriter Writer
    {
        get
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            return writer ?? throw new SearchIndexException(SearchErrorCodes.IndexReadOnly, SearchErrorMessages.IndexReadOnly);
        }
    }
}
