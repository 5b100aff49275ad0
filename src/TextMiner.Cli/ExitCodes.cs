namespace TextMiner.Cli;

/// <summary>The exit codes of every verb; the README documents them and tests assert them.</summary>
public static class ExitCodes
{
    /// <summary>Everything asked for was done.</summary>
    public const int Success = 0;

    /// <summary>The run finished, but some inputs failed (each is named on standard error).</summary>
    public const int SomeFailed = 1;

    /// <summary>Nothing could run: bad arguments, configuration, a lock, or the store/index could not be opened.</summary>
    public const int CannotRun = 2;

    /// <summary>Stopped by Ctrl+C or SIGTERM after saving what was complete.</summary>
    public const int Interrupted = 130;
}
