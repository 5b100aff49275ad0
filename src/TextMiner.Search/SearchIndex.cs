using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using TextMiner.Search.Analysis;
using TextMiner.Search.Thesaurus;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace TextMiner.Search;

/// <summary>
/// The Lucene.Net index of documents, paragraphs and quotes. Changes (<see cref="Replace"/>, <see cref="Delete"/>,
/// <see cref="Clear"/>) are visible to <see cref="Search"/> at once but reach disk only at <see cref="Commit"/>;
/// disposing without committing discards them, so an interrupted batch leaves the last commit as it was.
/// Searching is thread-safe; changing is for one thread at a time.
/// </summary>
public sealed partial class SearchIndex : IDisposable
{
    private readonly LuceneDirectory directory;
    private readonly IndexWriter? writer;
    private readonly string path;
    private readonly DomainThesaurus thesaurus = DomainThesaurus.Default;
    private SearcherManager? manager;
    private volatile bool stale;
    private bool disposed;

    private SearchIndex(LuceneDirectory directory, IndexWriter? writer, SearcherManager? manager, string path)
    {
        this.directory = directory;
        this.writer = writer;
        this.manager = manager;
        this.path = path;
    }

    /// <summary>Opens the index for reading and writing, creating it if absent.</summary>
    /// <exception cref="SearchIndexException">The index is locked by another writer, or cannot be read.</exception>
    public static SearchIndex Open(string indexDirectory)
    {
        System.IO.Directory.CreateDirectory(indexDirectory);
        var directory = FSDirectory.Open(new DirectoryInfo(indexDirectory));
        IndexWriter? writer = null;
        try
        {
            var config = new IndexWriterConfig(SearchAnalyzers.Version, SearchAnalyzers.PerField)
            {
                OpenMode = OpenMode.CREATE_OR_APPEND,
                RAMBufferSizeMB = 64,
            };
            writer = new IndexWriter(directory, config);
            return new SearchIndex(directory, writer, new SearcherManager(writer, true, null), indexDirectory);
        }
        catch (Exception exception) when (exception is IOException or InvalidOperationException)
        {
            writer?.Rollback();
            directory.Dispose();
            throw OpenFailure(indexDirectory, exception);
        }
    }

    /// <summary>Opens the index for searching only (no write lock), e.g. for the web page while a run writes; sees each new commit.</summary>
    public static SearchIndex OpenReadOnly(string indexDirectory)
    {
        System.IO.Directory.CreateDirectory(indexDirectory);
        var directory = FSDirectory.Open(new DirectoryInfo(indexDirectory));
        try
        {
            var manager = DirectoryReader.IndexExists(directory) ? new SearcherManager(directory, null) : null;
            return new SearchIndex(directory, null, manager, indexDirectory);
        }
        catch (Exception exception) when (exception is IOException or InvalidOperationException)
        {
            directory.Dispose();
            throw OpenFailure(indexDirectory, exception);
        }
    }

    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        manager?.Dispose();
        if (writer is not null)
        {
            // IndexWriter.Dispose would commit; a batch that was not committed must not reach disk.
            writer.Rollback();
        }

        directory.Dispose();
    }

    private static SearchIndexException OpenFailure(string path, Exception exception) => exception is LockObtainFailedException
        ? new SearchIndexException(SearchErrorCodes.IndexLocked, SearchErrorMessages.Format(SearchErrorMessages.IndexLocked, path), exception)
        : new SearchIndexException(
            SearchErrorCodes.IndexCorrupt,
            SearchErrorMessages.Format(SearchErrorMessages.IndexCorrupt, path, exception.Message.Split('\n', 2)[0].Trim()),
            exception);
}
