using TextMiner.Core.Stages;
using TextMiner.Pipeline.Ingest;

namespace TextMiner.Cli;

/// <summary>
/// A one-line progress bar on standard error for terminals; when output is redirected (cron, CI) it prints a line
/// every 10% instead, so logs stay readable.
/// </summary>
public sealed class ProgressBar(CliContext context) : IProgress<IngestProgress>
{
    private const int Width = 30;
    private int lastDecile = -1;

    public void Report(IngestProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Result.IsFailure)
        {
            Clear();
            context.Fail(value.Location, value.Result.Reason!.ToString());
        }
        else if (value.Result.Status == StageStatus.Skipped)
        {
            Clear();
            context.Info($"{value.Location}: {value.Result.Reason}");
        }

        if (context.Interactive)
        {
            var filled = value.Total == 0 ? Width : value.Done * Width / value.Total;
            var name = Path.GetFileName(value.Location);
            context.Error.Write($"\r[{new string('#', filled)}{new string('.', Width - filled)}] {value.Done}/{value.Total} {Truncate(name, 40),-40}");
            if (value.Done == value.Total)
            {
                Clear();
            }

            return;
        }

        var decile = value.Total == 0 ? 10 : value.Done * 10 / value.Total;
        if (value.Total >= 20 && decile != lastDecile)
        {
            lastDecile = decile;
            context.Error.WriteLine($"progress: {value.Done}/{value.Total}");
        }
    }

    private void Clear()
    {
        if (context.Interactive)
        {
            context.Error.Write("\r" + new string(' ', Width + 60) + "\r");
        }
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
