namespace TextMiner.Pipeline.Reporting;

/// <summary>
/// How many inputs of a run a diagnostic code was reported for, with the first few of them (<paramref name="Examples"/>:
/// files or URLs, in the order met) — as printed in a summary and written to <c>runs/*.json</c>.
/// </summary>
public sealed record DiagnosticCount(string Code, int Count, IReadOnlyList<string> Examples)
{
    /// <summary>"published-missing: 12 (a.html, b.html, c.html and 9 more)".</summary>
    public override string ToString()
    {
        var more = Count - Examples.Count;
        var examples = string.Join(", ", Examples) + (more > 0 ? FormattableString.Invariant($" and {more} more") : "");
        return FormattableString.Invariant($"{Code}: {Count} ({examples})");
    }
}
