using Microsoft.Extensions.Logging;

namespace TextMiner.Fetching.Crawling;

internal static partial class Log
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Crawling {Source}: {Discovered} documents discovered")]
    public static partial void Discovered(ILogger logger, string source, int discovered);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Discovery page {Url} failed: {Reason}")]
    public static partial void DiscoveryFailed(ILogger logger, string url, string reason);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "{Url} failed (transient: {Transient}): {Reason}")]
    public static partial void DocumentFailed(ILogger logger, string url, bool transient, string reason);

    [LoggerMessage(EventId = 4, Level = LogLevel.Debug, Message = "{Url} skipped: {Reason}")]
    public static partial void Skipped(ILogger logger, string url, string reason);
}
