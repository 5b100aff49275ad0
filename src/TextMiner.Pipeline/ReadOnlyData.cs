using TextMiner.Core;
using TextMiner.Search;
using TextMiner.Storage;

namespace TextMiner.Pipeline;

/// <summary>
/// The query side's access to a data directory (`search`, `quotes`, `status`, the web page): the store and the index
/// opened read-only on first use, and only when they exist, so a reader never creates, migrates or writes them and works
/// while an ingest or nightly run holds the write lock. Until an ingest has run both are null.
/// </summary>
public sealed class ReadOnlyData(DataDirectory data, TimeProvider time) : IAsyncDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private DocumentStore? store;
    private SearchIndex? index;

    public async Task<DocumentStore?> GetStoreAsync(CancellationToken cancellationToken)
    {
        if (store is not null || !File.Exists(data.DatabasePath))
        {
            return store;
        }

        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            store ??= await DocumentStore.OpenReadOnlyAsync(data.DatabasePath, time, cancellationToken).ConfigureAwait(false);
            return store;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>The index, or null when none has been written yet.</summary>
    public SearchIndex? GetIndex() => index is not null || Directory.Exists(data.IndexPath) ? OpenIndex() : null;

    /// <summary>The index even when none has been written yet (it then finds nothing), as `search` wants it.</summary>
    public SearchIndex OpenIndex()
    {
        gate.Wait();
        try
        {
            index ??= SearchIndex.OpenReadOnly(data.IndexPath);
            return index;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>The index when it holds something; null means nothing has been ingested.</summary>
    public SearchIndex? GetSearchableIndex() => GetIndex() is { IsEmpty: false } open ? open : null;

    public async ValueTask DisposeAsync()
    {
        index?.Dispose();
        if (store is not null)
        {
            await store.DisposeAsync().ConfigureAwait(false);
        }

        gate.Dispose();
    }
}
