namespace TextMiner.Core.Stages;

public enum DiagnosticSeverity
{
    Info,
    Warning,
    Error,
}

/// <summary>
/// Something a stage noticed: a recovery (a warning or note on a document that was kept) or the reason a document was
/// skipped or failed. <paramref name="Code"/> is a named constant (a kebab-case word, listed in docs/diagnostics.md);
/// <paramref name="Message"/> is the detail in words. The two are kept apart: code is for counting, message for people.
/// </summary>
public sealed record Diagnostic(DiagnosticSeverity Severity, string Code, string Message)
{
    public static Diagnostic Warning(string code, string message) => new(DiagnosticSeverity.Warning, code, message);

    public static Diagnostic Info(string code, string message) => new(DiagnosticSeverity.Info, code, message);

    public static Diagnostic Error(string code, string message) => new(DiagnosticSeverity.Error, code, message);

    /// <summary>"code: message", the form printed beside a file or URL.</summary>
    public override string ToString() => Message.Length == 0 ? Code : $"{Code}: {Message}";
}
