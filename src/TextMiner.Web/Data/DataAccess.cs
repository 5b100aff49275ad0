using TextMiner.Search;
using TextMiner.Storage;

namespace TextMiner.Web.Data;

/// <summary>
/// Opens the store and the index of the data directory on first use, and only when they exist, both read-only: the
/// web page never creates, configures, migrates or writes them. Until an ingest has run, both are null and the pages say "nothing ingested yet".
/// </summary>
internal sealed class DataAccess(WebOptions options, TimeProvider time) : IAsyncDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private DocumentStore? store;
    private SearchIndex? index;

    public async Task<DocumentStore?> GetStoreAsync(CancellationToken cancellationToken)
    {
        if (store is not null || !File.Exists(options.Data.DatabasePath))
        {
            return store;
        }

        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            store ??= await DocumentStore.OpenReadOnlyAsync(options.Data.DatabasePath, time, cancellationToken).ConfigureAwait(false);
            return store;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>The index, or null when none has been written yet.</summary>
    public SearchIndex? GetIndex()
    {
        if (index is not null || !Directory.Exists(options.Data.IndexPath))
        {
            return index;
        }

        gate.Wait();
        try
        {
            index ??= SearchIndex.OpenReadOnly(options.Data.IndexPath);
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
