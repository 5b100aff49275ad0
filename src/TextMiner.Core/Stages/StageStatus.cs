namespace TextMiner.Core.Stages;

public enum StageStatus
{
    Ok,
    Skipped,
    Failed,

    /// <summary>Failed for a reason that may pass (timeout, 503): the runner may retry.</summary>
    TransientFailure,
}
