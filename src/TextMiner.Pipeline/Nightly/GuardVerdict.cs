namespace TextMiner.Pipeline.Nightly;

/// <summary>One breakage guard's verdict on one source: <paramref name="Guard"/> is a <see cref="BreakageGuard"/> name.</summary>
public sealed record GuardVerdict(string Guard, bool Passed, string Message);
