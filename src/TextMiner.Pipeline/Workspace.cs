using TextMiner.Core;
using TextMiner.Pipeline.Analysis;
using TextMiner.Pipeline.Ingest;
using TextMiner.Pipeline.Storage;
using TextMiner.Search;
using TextMiner.Storage;

namespace TextMiner.Pipeline;

/// <summary>The store and index of one data directory, opened together and kept in step.</summary>
public sealed class Workspace : IAsyncDisposable
{
    private Workspace(DataDirectory data, DocumentStore store, SearchIndex index)
    {
        Data = data;
        Store = store;
        Index = index;
        Sync = new IndexSynchroniser(store, index);
        Archive = new RawArchive(data.RawPath);
    }

    public DataDirectory Data { get; }

    public DocumentStore Store { get; }

    public SearchIndex Index { get; }

    public IndexSynchroniser Sync { get; }

    public RawArchive Archive { get; }

    public DocumentIngestor CreateIngestor(DocumentAnalyser analyser) => new(analyser, Store, Sync, Archive);

    public static Task<Workspace> OpenAsync(DataDirectory data, TimeProvider time, CancellationToken cancellationToken) =>
        OpenAsync(data, time, DocumentStore.DefaultBusyTimeout, cancellationToken);

    /// <summary>As <see cref="OpenAsync(DataDirectory, TimeProvider, CancellationToken)"/>, the store's writes waiting at most <paramref name="busyTimeout"/> for another connection's lock.</summary>
    public static async Task<Workspace> OpenAsync(DataDirectory data, TimeProvider time, TimeSpan busyTimeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        data.EnsureCreated();
        var store = await DocumentStore.OpenAsync(data.DatabasePath, time, busyTimeout, cancellationToken).ConfigureAwait(false);
        Workspace? workspace = null;
        try
        {
            workspace = new Workspace(data, store, SearchIndex.Open(data.IndexPath));

            // An index in an older layout is never searched: it is rebuilt from the store, once, before anything else.
            if (workspace.Index.NeedsRebuild)
            {
                await workspace.Sync.RebuildAsync(cancellationToken).ConfigureAwait(false);
            }

            return workspace;
        }
        catch
        {
            if (workspace is not null)
            {
                await workspace.DisposeAsync().ConfigureAwait(false);
            }
            else
            {
                await store.DisposeAsync().ConfigureAwait(false);
            }

            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        Index.Dispose();
        await Store.DisposeAsync().ConfigureAwait(false);
    }
}
