using TextMiner.Pipeline.Ingest;

namespace TextMiner.Pipeline.Tests.Ingest;

/// <summary>The streaming helper under ingest, crawl, parse and extract: parallel preparing, finishing in input order.</summary>
[CancelAfter(60_000)]
public sealed class OrderedWorkTests
{
    [Test]
    public async Task RunAsync_FirstInputWaitsForTheSecond_BothPreparedAtOnceAndFinishedInInputOrder(CancellationToken cancellationToken)
    {
        // Input 0 is not prepared until input 1 has been: that only ends if two inputs are prepared side by side.
        var secondPrepared = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var finished = new List<int>();
        await OrderedWork.RunAsync(
            Enumerable.Range(0, 10).ToAsyncEnumerable(),
            async (i, token) =>
            {
                if (i == 0)
                {
                    await secondPrepared.Task.WaitAsync(token);
                }
                else if (i == 1)
                {
                    secondPrepared.SetResult();
                }

                return i * 10;
            },
            (i, prepared, _) =>
            {
                finished.Add(prepared);
                return Task.CompletedTask;
            },
            cancellationToken,
            workers: 2);

        Assert.That(finished, Is.EqualTo(Enumerable.Range(0, 10).Select(i => i * 10)));
    }

    [Test]
    public async Task RunAsync_ManyInputs_NeverMoreInFlightThanTheBound(CancellationToken cancellationToken)
    {
        var started = 0;
        var done = 0;
        var most = 0;
        await OrderedWork.RunAsync(
            Enumerable.Range(0, 2_000).ToAsyncEnumerable(),
            (i, _) =>
            {
                var inFlight = Interlocked.Increment(ref started) - Volatile.Read(ref done);
                InterlockedMax(ref most, inFlight);
                return Task.FromResult(i);
            },
            (_, _, _) =>
            {
                Interlocked.Increment(ref done);
                return Task.CompletedTask;
            },
            cancellationToken,
            workers: 2);

        Assert.That(done, Is.EqualTo(2_000));
        Assert.That(most, Is.LessThanOrEqualTo(OrderedWork.MaxInFlight(2)));
    }

    [Test]
    public void RunAsync_InputsFailPartWay_EarlierInputsFinishedThenThatFailure(CancellationToken cancellationToken)
    {
        var finished = new List<int>();
        var error = Assert.ThrowsAsync<InvalidOperationException>(() => OrderedWork.RunAsync(
            FailingAfter(3),
            (i, _) => Task.FromResult(i),
            (_, i, _) =>
            {
                finished.Add(i);
                return Task.CompletedTask;
            },
            cancellationToken,
            workers: 2));

        Assert.That(error!.Message, Is.EqualTo("the source could not be listed"));
        Assert.That(finished, Is.EqualTo(new[] { 0, 1, 2 }));
    }

    [Test]
    public void RunAsync_PrepareFails_InputsBeforeItFinishedAndNoneAfter(CancellationToken cancellationToken)
    {
        var finished = new List<int>();
        Assert.ThrowsAsync<FormatException>(() => OrderedWork.RunAsync(
            Enumerable.Range(0, 50).ToAsyncEnumerable(),
            (i, _) => i == 5 ? throw new FormatException("bad input") : Task.FromResult(i),
            (_, i, _) =>
            {
                finished.Add(i);
                return Task.CompletedTask;
            },
            cancellationToken,
            workers: 2));

        Assert.That(finished, Is.EqualTo(new[] { 0, 1, 2, 3, 4 }));
    }

    private static async IAsyncEnumerable<int> FailingAfter(int count)
    {
        for (var i = 0; i < count; i++)
        {
            await Task.Yield();
            yield return i;
        }

        throw new InvalidOperationException("the source could not be listed");
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while (value > (current = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
