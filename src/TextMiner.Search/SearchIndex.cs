using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using TextMiner.Search.Analysis;
using TextMiner.Search.Indexing;
using TextMiner.Search.Thesaurus;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace TextMiner.Search;

/// <summary>
/// The Lucene.Net index of documents, paragraphs and quotes. Changes (<see cref="Replace"/>, <see cref="Delete"/>,
/// <see cref="Clear"/>) are visible to <see cref="Search"/> at once but reach disk only at <see cref="Commit"/>;
/// disposing without committing discards them, so an interrupted batch leaves the last commit as it was.
/// Searching is thread-safe; so is <see cref="Replace"/> of different documents; other changes are for one thread at a time.
/// </summary>
public sealed partial class SearchIndex : IDisposable
{
    /// <summary>
    /// The layout of the units (which fields exist, which are stored where), written into every commit. An index of
    /// another layout is never searched: <see cref="Open"/> starts it afresh (<see cref="NeedsRebuild"/>) and
    /// <see cref="OpenReadOnly"/> refuses it, saying to reindex. Raise it whenever <c>UnitDocumentBuilder</c> changes.
    /// </summary>
    public const string Format = "4";

    internal const string FormatKey = "textminer.index.format";

    private readonly LuceneDirectory directory;
    private readonly IndexWriter? writer;
    private readonly string path;
    private readonly DomainThesaurus thesaurus = DomainThesaurus.Default;
    private readonly CommitWatch commits;
    private SearcherManager? manager;
    private volatile bool stale;
    private bool disposed;

    private SearchIndex(LuceneDirectory directory, IndexWriter? writer, SearcherManager? manager, string path, bool needsRebuild = false)
    {
        this.directory = directory;
        this.writer = writer;
        this.manager = manager;
        this.path = path;
        commits = new CommitWatch(path, TimeProvider.System);
        NeedsRebuild = needsRebuild;
    }

    /// <summary>
    /// True when the index on disk was written in another <see cref="Format"/>: it was opened empty and must be rebuilt
    /// from the store (the old one stays on disk, and keeps this true, until the rebuild commits).
    /// </summary>
    public bool NeedsRebuild { get; private set; }

    /// <summary>Opens the index for reading and writing, creating it if absent.</summary>
    /// <remarks>
    /// The writer reads its files with plain reads, not memory maps (<c>FSDirectory.Open</c>'s choice on 64-bit
    /// Linux): every page a merge reads through a map counts in the process's resident memory until the merged files
    /// are closed, so with maps peak memory grew with the size of the largest merge, that is with the corpus.
    /// </remarks>
    /// <exception cref="SearchIndexException">The index is locked by another writer, or cannot be read.</exception>
    public static SearchIndex Open(string indexDirectory)
    {
        SearchCodecFactory.Install();
        System.IO.Directory.CreateDirectory(indexDirectory);
        var directory = new NIOFSDirectory(new DirectoryInfo(indexDirectory));
        IndexWriter? writer = null;
        try
        {
            var outdated = DirectoryReader.IndexExists(directory) && FormatOf(directory) != Format;
            writer = new IndexWriter(directory, WriterSettings.Create(outdated ? OpenMode.CREATE : OpenMode.CREATE_OR_APPEND));
            writer.SetCommitData(new Dictionary<string, string>(StringComparer.Ordinal) { [FormatKey] = Format });
            return new SearchIndex(directory, writer, new SearcherManager(writer, true, null), indexDirectory, outdated);
        }
        catch (Exception exception) when (exception is IOException or InvalidOperationException)
        {
            writer?.Rollback();
            directory.Dispose();
            throw OpenFailure(indexDirectory, exception);
        }
    }

    /// <summary>Opens the index for searching only (no write lock), e.g. for the web page while a run writes; sees each new commit.</summary>
    /// <remarks>Its files are read from memory maps through <see cref="SearchDirectory"/>, stored fields decompressed by <see cref="SearchCodec"/>.</remarks>
    public static SearchIndex OpenReadOnly(string indexDirectory)
    {
        SearchCodecFactory.Install();
        System.IO.Directory.CreateDirectory(indexDirectory);
        var directory = new SearchDirectory(new DirectoryInfo(indexDirectory));
        try
        {
            var exists = DirectoryReader.IndexExists(directory);
            if (exists && FormatOf(directory) is var format && format != Format)
            {
                throw new SearchIndexException(
                    SearchErrorCodes.IndexOutdated, SearchErrorMessages.Format(SearchErrorMessages.IndexOutdated, indexDirectory, format ?? "1", Format));
            }

            var manager = exists ? new SearcherManager(directory, null) : null;
            return new SearchIndex(directory, null, manager, indexDirectory);
        }
        catch (Exception exception) when (exception is IOException or InvalidOperationException)
        {
            directory.Dispose();
            throw OpenFailure(indexDirectory, exception);
        }
        catch (SearchIndexException)
        {
            directory.Dispose();
            throw;
        }
    }

    /// <summary>The <see cref="Format"/> the last commit was written in; null for an index from before formats were recorded.</summary>
    private static string? FormatOf(LuceneDirectory directory)
    {
        var commit = new SegmentInfos();
        commit.Read(directory);
        return commit.UserData.TryGetValue(FormatKey, out var format) ? format : null;
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
