using System.Diagnostics;
using Microsoft.Extensions.Logging;
using TextMiner.Fetching.Crawling;
using TextMiner.Fetching.Sources;
using TextMiner.Pipeline.Crawling;
using TextMiner.Storage;

namespace TextMiner.Pipeline.Nightly;

/// <summary>
/// The nightly run, for a caller holding the <see cref="RunLock"/>: first index what a killed run stored but did not
/// index, then each source's incremental crawl through the whole pipeline (<see cref="CrawlRunner"/>), the breakage
/// guards against recent runs, and a summary written atomically to <c>runs/</c>. A cancelled token stops after the
/// current document (its SQLite transaction either committed or rolled back), commits the index and writes the
/// summary marked interrupted. <c>checkpoint</c> is told each <see cref="NightlyCheckpoints"/> point it passes.
/// </summary>
public sealed class NightlyJob(Workspace workspace, CrawlRunner runner, TimeProvider time, ILogger logger, Action<string>? checkpoint = null)
{
    /// <summary>How many recent runs of a source the guards compare with.</summary>
    public const int RecentRuns = 10;

    public RunHistory History { get; } = new(workspace.Data.RunsPath);

    public async Task<RunSummary> RunAsync(
        IReadOnlyList<SourceDefinition> sources,
        IReadOnlyDictionary<string, Uri> baseUrls,
        string? lockTakenOverFrom,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(baseUrls);
        var started = time.GetUtcNow();
        var id = History.NewId(started);
        logger.RunStarted(id, sources.Count);
        if (lockTakenOverFrom is not null)
        {
            logger.LockTakenOver(lockTakenOverFrom);
        }

        var runs = new List<SourceRun>();
        var interrupted = false;
        var caughtUp = 0;
        try
        {
            caughtUp = await workspace.Sync.CatchUpAsync(cancellationToken).ConfigureAwait(false);
            if (caughtUp > 0)
            {
                logger.IndexCaughtUp(caughtUp);
            }

            foreach (var source in sources)
            {
                cancellationToken.ThrowIfCancellationRequested();
                runs.Add(await RunSourceAsync(source, baseUrls.GetValueOrDefault(source.Name), cancellationToken).ConfigureAwait(false));
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            interrupted = true;
            logger.RunInterrupted(id);
        }

        var summary = Summarise(id, started, runs, interrupted, lockTakenOverFrom, caughtUp);
        await History.WriteAsync(summary, CancellationToken.None).ConfigureAwait(false);
        logger.RunFinished(id, summary.Status, summary.DurationSeconds, summary.Headline);
        return summary;
    }

    private async Task<SourceRun> RunSourceAsync(SourceDefinition source, Uri? baseUrl, CancellationToken cancellationToken)
    {
        logger.SourceStarted(source.Name);
        var clock = Stopwatch.StartNew();
        var tally = new SourceTally();
        CrawlSummary summary;
        string? error = null;
        try
        {
            summary = await runner.RunAsync(source, new CrawlOptions(BaseUrl: baseUrl), (outcome, result) =>
            {
                if (outcome is CrawlOutcome.Failed failed)
                {
                    logger.DocumentFailed(source.Name, failed.Url, failed.Reason.ToString());
                }

                if (tally.Add(outcome, result) is { } change)
                {
                    logger.DocumentChanged(source.Name, change.Url, change.Change);
                }

                if (result?.Value?.Document is not null)
                {
                    checkpoint?.Invoke(NightlyCheckpoints.AfterStore);
                }
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is HttpRequestException or IOException or InvalidOperationException or StorageException
            && !cancellationToken.IsCancellationRequested)
        {
            logger.SourceError(source.Name, e.Message, e);
            summary = new CrawlSummary();
            error = e.Message;
        }

        checkpoint?.Invoke(NightlyCheckpoints.AfterSource);
        var run = tally.ToRun(source.Name, summary, clock.Elapsed.TotalSeconds, error);
        run = run with { Guards = error is null ? BreakageGuard.Evaluate(run, History.RecentRunsOf(source.Name, RecentRuns)) : [] };
        logger.SourceFinished(source.Name, run.Discovered, run.Fetched, run.NotModified, run.New, run.Updated, run.Failed, run.DurationSeconds);
        foreach (var guard in run.Guards.Where(g => !g.Passed))
        {
            logger.GuardFired(source.Name, guard.Guard, guard.Message);
        }

        return run;
    }

    private RunSummary Summarise(string id, DateTimeOffset started, List<SourceRun> runs, bool interrupted, string? takenOver, int caughtUp)
    {
        var ended = time.GetUtcNow();
        var status = interrupted ? RunStatus.Interrupted
            : runs.Any(r => r.Broken || r.Failed > 0) ? RunStatus.Failed
            : RunStatus.Ok;
        var file = Path.Combine(Path.GetFileName(History.Directory), id + RunHistory.Extension);
        var headline = RunHeadline.For(status, runs, file);
        return new RunSummary(id, started, ended, status, headline, runs, takenOver, caughtUp);
    }
}
