using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace TextMiner.Cli;

/// <summary>
/// Logging for long-running verbs: console text (one line per event) or JSON (one object per line), always on
/// standard error, so standard output carries only the verb's summary.
/// </summary>
public static class CliLogging
{
    public const string Text = "text";
    public const string Json = "json";

    public static ILoggerFactory Create(string format) => LoggerFactory.Create(builder =>
    {
        builder.SetMinimumLevel(LogLevel.Information);
        builder.AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
        if (format == Json)
        {
            builder.AddJsonConsole(options =>
            {
                options.TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";
                options.UseUtcTimestamp = true;
            });
        }
        else
        {
            builder.AddSimpleConsole(options =>
            {
                options.SingleLine = true;
                options.TimestampFormat = "HH:mm:ss ";
                options.UseUtcTimestamp = true;
                options.ColorBehavior = LoggerColorBehavior.Disabled;
            });
        }
    });
}
