using System.Threading.Channels;
using TextMiner.Pipeline.Storage;

namespace TextMiner.Pipeline.Ingest;

/// <summary>
/// The loop ingest and crawl share. It first indexes whatever a crashed run stored but did not index; then inputs
/// stream through a bounded channel: each is prepared (read, parsed, extracted, classified) on up to
/// <see cref="Workers"/> threads at once, and finished (stored, indexed) by this one writer, one at a time in input
/// order, so the store ends the same whatever the threads' timing. The index is committed every batch and, whatever
/// happens (a cancelled run, a failure), at the end. At most a few inputs are in flight: memory does not grow with the
/// number of inputs.
/// </summary>
public sealed class IngestLoop(IndexSynchroniser index, int batchSize)
{
    /// <summary>Inputs prepared at once: one per core, the writer's work being small beside analysis.</summary>
    public static int Workers { get; } = Math.Max(1, Environment.ProcessorCount);

    public async Task RunAsync<TInput, TPrepared>(
        IAsyncEnumerable<TInput> inputs,
        Func<TInput, CancellationToken, Task<TPrepared>> prepare,
        Func<TInput, TPrepared, CancellationToken, Task> finish,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(prepare);
        ArgumentNullException.ThrowIfNull(finish);
        await index.CatchUpAsync(cancellationToken).ConfigureAwait(false);
        var queue = Channel.CreateBounded<(TInput Input, Task<TPrepared> Work)>(
            new BoundedChannelOptions(Workers * 2) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var slots = new SemaphoreSlim(Workers);
        var producer = ProduceAsync(inputs, prepare, queue.Writer, slots, stop.Token);
        try
        {
            await foreach (var (input, work) in queue.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                var prepared = await work.ConfigureAwait(false);
                await finish(input, prepared, cancellationToken).ConfigureAwait(false);
                if (index.PendingCount >= batchSize)
                {
                    await index.CommitAsync(cancellationToken).ConfigureAwait(false);
                }
            }

            // The inputs' own failure (a crawl that could not list its source) surfaces here, as it would unstreamed.
            await producer.ConfigureAwait(false);
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await Task.WhenAny(producer).ConfigureAwait(false);
            while (queue.Reader.TryRead(out var abandoned))
            {
                // Analysis is pure: work left unfinished is dropped, but not left running against a closing store.
                await Task.WhenAny(abandoned.Work).ConfigureAwait(false);
            }

            // Whatever is stored gets committed to the index too, even when the run is cancelled.
            await index.CommitAsync(CancellationToken.None).ConfigureAwait(false);
        }
    }

    private static async Task ProduceAsync<TInput, TPrepared>(
        IAsyncEnumerable<TInput> inputs,
        Func<TInput, CancellationToken, Task<TPrepared>> prepare,
        ChannelWriter<(TInput Input, Task<TPrepared> Work)> queue,
        SemaphoreSlim slots,
        CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var input in inputs.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
                var work = Task.Run(
                    async () =>
                    {
                        try
                        {
                            return await prepare(input, cancellationToken).ConfigureAwait(false);
                        }
                        finally
                        {
                            slots.Release();
                        }
                    },
                    CancellationToken.None);
                try
                {
                    await queue.WriteAsync((input, work), cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    await Task.WhenAny(work).ConfigureAwait(false);
                    throw;
                }
            }
        }
        finally
        {
            queue.TryComplete();
        }
    }
}
