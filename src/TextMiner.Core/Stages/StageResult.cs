namespace TextMiner.Core.Stages;

/// <summary>The outcome of one stage on one input: ok with a value, skipped with a reason, or failed with a reason.</summary>
public sealed record StageResult<T>(StageStatus Status, T? Value, string? Reason, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool IsOk => Status == StageStatus.Ok;

    public static StageResult<T> Ok(T value, IReadOnlyList<Diagnostic>? diagnostics = null) =>
        new(StageStatus.Ok, value, null, diagnostics ?? []);

    public static StageResult<T> Skipped(string reason) => new(StageStatus.Skipped, default, reason, []);

    public static StageResult<T> Failed(string reason, bool transient = false) =>
        new(transient ? StageStatus.TransientFailure : StageStatus.Failed, default, reason, []);

    public StageResult<TOut> Map<TOut>(Func<T, TOut> map) => IsOk
        ? StageResult<TOut>.Ok(map(Value!), Diagnostics)
        : new StageResult<TOut>(Status, default, Reason, Diagnostics);
}
