namespace TextMiner.Pipeline.Nightly;

/// <summary>The named points of a nightly run that crash-safety tests can stop the process at (see <c>Failpoint</c>).</summary>
public static class NightlyCheckpoints
{
    /// <summary>A document is in SQLite, its index entry not yet committed.</summary>
    public const string AfterStore = "after-store";

    /// <summary>A source finished, its index batch committed.</summary>
    public const string AfterSource = "after-source";
}
