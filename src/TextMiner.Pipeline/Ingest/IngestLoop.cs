using TextMiner.Pipeline.Storage;

namespace TextMiner.Pipeline.Ingest;

/// <summary>
/// The loop ingest and crawl share. It first indexes whatever a crashed run stored but did not index; then inputs
/// stream through <see cref="OrderedWork"/>: each is prepared (read, parsed, extracted, classified) on every core, and
/// finished (stored, indexed) by this one writer in input order, so the store ends the same whatever the threads'
/// timing. The index is committed every batch and, whatever happens (a cancelled run, a failure), at the end.
/// </summary>
public sealed class IngestLoop(IndexSynchroniser index, int batchSize)
{
    public async Task RunAsync<TInput, TPrepared>(
        IAsyncEnumerable<TInput> inputs,
        Func<TInput, CancellationToken, Task<TPrepared>> prepare,
        Func<TInput, TPrepared, CancellationToken, Task> finish,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(finish);
        await index.CatchUpAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await OrderedWork.RunAsync(
                inputs,
                prepare,
                async (input, prepared, token) =>
                {
                    await finish(input, prepared, token).ConfigureAwait(false);
                    if (index.PendingCount >= batchSize)
                    {
                        await index.CommitAsync(token).ConfigureAwait(false);
                    }
                },
                cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            // Whatever is stored gets committed to the index too, even when the run is cancelled.
            await index.CommitAsync(CancellationToken.None).ConfigureAwait(false);
        }
    }
}
