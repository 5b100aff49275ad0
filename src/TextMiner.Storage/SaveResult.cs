using TextMiner.Core.Records;

namespace TextMiner.Storage;

/// <summary>
/// The outcome of a save. For <see cref="SaveOutcome.Updated"/> and <see cref="SaveOutcome.Reanalysed"/>,
/// <paramref name="PreviousVersion"/> and <paramref name="Previous"/> are what was stored before, and
/// <paramref name="Changes"/> compares those findings with the saved ones.
/// </summary>
public sealed record SaveResult(
    SaveOutcome Outcome,
    string Id,
    string Version,
    string? PreviousVersion = null,
    Findings? Previous = null,
    FindingsDiff? Changes = null)
{
    /// <summary>True when the save wrote something.</summary>
    public bool Wrote => Outcome != SaveOutcome.Unchanged;
}
