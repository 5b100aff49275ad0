namespace TextMiner.Core.Stages;

public enum DiagnosticSeverity
{
    Info,
    Warning,
    Error,
}

/// <summary>Something a stage noticed and recovered from (or could not). <paramref name="Code"/> is a named constant.</summary>
public sealed record Diagnostic(DiagnosticSeverity Severity, string Code, string Message)
{
    public static Diagnostic Warning(string code, string message) => new(DiagnosticSeverity.Warning, code, message);

    public static Diagnostic Info(string code, string message) => new(DiagnosticSeverity.Info, code, message);

    public override string ToString() => $"{Severity.ToString().ToLowerInvariant()} {Code}: {Message}";
}
