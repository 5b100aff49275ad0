using Microsoft.Extensions.Logging;

namespace TextMiner.Pipeline.Nightly;

/// <summary>The nightly job's log events (source-generated, structured: every placeholder is a field in JSON logs).</summary>
internal static partial class NightlyLog
{
    [LoggerMessage(EventId = 100, Level = LogLevel.Information, Message = "Nightly run {RunId} started for {SourceCount} sources")]
    public static partial void RunStarted(this ILogger logger, string runId, int sourceCount);

    [LoggerMessage(EventId = 101, Level = LogLevel.Warning, Message = "Took over a stale lock left by a killed run ({Holder})")]
    public static partial void LockTakenOver(this ILogger logger, string holder);

    [LoggerMessage(EventId = 102, Level = LogLevel.Warning, Message = "Indexed {Count} documents a previous run stored but did not index")]
    public static partial void IndexCaughtUp(this ILogger logger, int count);

    [LoggerMessage(EventId = 110, Level = LogLevel.Information, Message = "Source {Source}: crawling")]
    public static partial void SourceStarted(this ILogger logger, string source);

    [LoggerMessage(EventId = 111, Level = LogLevel.Information, Message = "Source {Source}: discovered {Discovered}, fetched {Fetched}, not modified {NotModified}, new {New}, updated {Updated}, failed {Failed} in {Seconds:F1}s")]
    public static partial void SourceFinished(this ILogger logger, string source, int discovered, int fetched, int notModified, int @new, int updated, int failed, double seconds);

    [LoggerMessage(EventId = 112, Level = LogLevel.Error, Message = "Source {Source}: could not be crawled: {Reason}")]
    public static partial void SourceError(this ILogger logger, string source, string reason, Exception exception);

    [LoggerMessage(EventId = 120, Level = LogLevel.Warning, Message = "Source {Source}: {Url} failed: {Reason}")]
    public static partial void DocumentFailed(this ILogger logger, string source, string url, string reason);

    [LoggerMessage(EventId = 121, Level = LogLevel.Information, Message = "Source {Source}: {Url} changed ({Change})")]
    public static partial void DocumentChanged(this ILogger logger, string source, string url, string change);

    [LoggerMessage(EventId = 130, Level = LogLevel.Error, Message = "Source {Source}: breakage guard {Guard}: {Message}")]
    public static partial void GuardFired(this ILogger logger, string source, string guard, string message);

    [LoggerMessage(EventId = 190, Level = LogLevel.Warning, Message = "Nightly run {RunId} interrupted; committed what was complete")]
    public static partial void RunInterrupted(this ILogger logger, string runId);

    [LoggerMessage(EventId = 199, Level = LogLevel.Information, Message = "Nightly run {RunId} finished {Status} in {Seconds:F1}s: {Headline}")]
    public static partial void RunFinished(this ILogger logger, string runId, RunStatus status, double seconds, string headline);
}
