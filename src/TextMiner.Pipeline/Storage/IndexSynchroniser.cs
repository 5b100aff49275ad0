using System.Collections.Concurrent;
using TextMiner.Core.Records;
using TextMiner.Pipeline.Ingest;
using TextMiner.Search;
using TextMiner.Storage;

namespace TextMiner.Pipeline.Storage;

/// <summary>
/// Keeps the Lucene index in step with SQLite, the source of truth. Documents are saved to SQLite first, added to the
/// index, and marked indexed only after the index commit, so a crash at any point leaves work that the next
/// <see cref="CatchUpAsync"/> finishes. Before each index commit the store is synced to disk, so even a power loss
/// cannot leave the index ahead of the store.
/// </summary>
public sealed class IndexSynchroniser(DocumentStore store, SearchIndex index)
{
    private readonly List<(string Id, string Version)> pending = [];

    public int PendingCount => pending.Count;

    /// <summary>Adds a saved document to the index (uncommitted); <see cref="CommitAsync"/> makes it durable.</summary>
    public void Add(AnalysedDocument document)
    {
        index.Replace(document);
        pending.Add((document.Document.Id, document.Document.Version));
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        if (pending.Count == 0)
        {
            return;
        }

        // The store first: a power loss must never leave the index holding what the store lost.
        await store.SyncToDiskAsync(cancellationToken).ConfigureAwait(false);
        index.Commit();
        await store.MarkIndexedAsync(pending.ToList(), cancellationToken).ConfigureAwait(false);
        pending.Clear();
    }

    /// <summary>
    /// Indexes whatever SQLite holds that the index has not committed (after a crash, or a reindex), and removes from
    /// the index the documents deleted from the store.
    /// </summary>
    public async Task<int> CatchUpAsync(CancellationToken cancellationToken)
    {
        var ids = await store.GetIdsNeedingIndexAsync(cancellationToken).ConfigureAwait(false);
        foreach (var id in ids)
        {
            var document = await store.GetAsync(id, cancellationToken).ConfigureAwait(false);
            if (document is null)
            {
                index.Delete(id);
                pending.Add((id, DocumentStore.RemovedFromIndex));
            }
            else
            {
                Add(document);
            }
        }

        await CommitAsync(cancellationToken).ConfigureAwait(false);
        return ids.Count;
    }

    /// <summary>
    /// Rebuilds the whole index from SQLite. Documents are added on every core (analysing their text is most of the
    /// work), each worker taking the next document from the one reader: a few in flight at a time, no task or thread
    /// hop per document.
    /// </summary>
    public async Task<int> RebuildAsync(CancellationToken cancellationToken)
    {
        index.Clear();
        var added = new ConcurrentQueue<(string Id, string Version)>();
        await Parallel.ForEachAsync(
            store.ReadAllAsync(cancellationToken),
            new ParallelOptions { MaxDegreeOfParallelism = OrderedWork.Workers, CancellationToken = cancellationToken },
            (document, _) =>
            {
                index.Replace(document);
                added.Enqueue((document.Document.Id, document.Document.Version));
                return ValueTask.CompletedTask;
            }).ConfigureAwait(false);
        pending.AddRange(added);
        var count = added.Count;

        await store.SyncToDiskAsync(cancellationToken).ConfigureAwait(false);
        index.Commit();
        await CommitAsync(cancellationToken).ConfigureAwait(false);
        return count;
    }
}
