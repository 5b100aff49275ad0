using TextMiner.Core.Stages;

namespace TextMiner.Pipeline.Reporting;

/// <summary>An input (file or URL) that was skipped or failed, with the reason as a code and its detail.</summary>
public sealed record InputProblem(string Location, Diagnostic Reason, bool Transient)
{
    public override string ToString() => $"{Location}: {Reason}";
}
