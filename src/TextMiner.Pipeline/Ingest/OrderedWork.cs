using System.Threading.Channels;

namespace TextMiner.Pipeline.Ingest;

/// <summary>
/// Inputs streamed through a bounded channel: each is prepared on up to <see cref="Workers"/> threads at once, and
/// finished by the caller's one thread, one at a time in input order — so what is finished (written, stored) does not
/// depend on the threads' timing. Only a few inputs are in flight: memory does not grow with the number of inputs.
/// </summary>
public static class OrderedWork
{
    /// <summary>Inputs prepared at once: one per core (the finishing work being small beside preparing).</summary>
    public static int Workers { get; } = Math.Max(1, Environment.ProcessorCount);

    /// <summary>Inputs begun and not yet finished, at most: the queue (two per worker), one being finished, one waiting to be queued.</summary>
    public static int MaxInFlight(int workers) => (workers * 2) + 2;

    /// <summary>
    /// Prepares and finishes every input. A failure to prepare or finish, or of the inputs themselves, ends the run
    /// with that exception (after work in flight has stopped); so does cancellation. At most
    /// <see cref="MaxInFlight"/> inputs are prepared and not yet finished at any moment.
    /// </summary>
    public static async Task RunAsync<TInput, TPrepared>(
        IAsyncEnumerable<TInput> inputs,
        Func<TInput, CancellationToken, Task<TPrepared>> prepare,
        Func<TInput, TPrepared, CancellationToken, Task> finish,
        CancellationToken cancellationToken,
        int? workers = null)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(prepare);
        ArgumentNullException.ThrowIfNull(finish);
        var threads = workers ?? Workers;
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1, nameof(workers));
        var queue = Channel.CreateBounded<(TInput Input, Task<TPrepared> Work)>(
            new BoundedChannelOptions(threads * 2) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var slots = new SemaphoreSlim(threads);
        var producer = ProduceAsync(inputs, prepare, queue.Writer, slots, stop.Token);
        try
        {
            await foreach (var (input, work) in queue.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                await finish(input, await work.ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
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
                // Work left unfinished is dropped, but not left running against a store that is closing.
                await Task.WhenAny(abandoned.Work).ConfigureAwait(false);
            }
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
