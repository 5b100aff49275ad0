namespace TextMiner.Pipeline.Nightly;

/// <summary>How a nightly run ended; the CLI maps it to an exit code.</summary>
public enum RunStatus
{
    /// <summary>Every source ran, no document failed, no guard fired.</summary>
    Ok,

    /// <summary>The run finished but documents failed, a source could not be crawled, or a breakage guard fired.</summary>
    Failed,

    /// <summary>Stopped by SIGINT/SIGTERM after committing what was complete.</summary>
    Interrupted,
}
