namespace TextMiner.Core.Stages;

/// <summary>
/// The outcome of one stage on one input: ok with a value and the <see cref="Diagnostics"/> noticed on the way, skipped
/// with a <see cref="Reason"/>, or failed with a <see cref="Reason"/> — <see cref="StageStatus.TransientFailure"/> when a
/// later attempt may succeed (a timeout, a 5xx, a locked database), <see cref="StageStatus.Failed"/> when it will not.
/// A skipped or failed result keeps the diagnostics gathered before it stopped; a failed one may keep what the stage got
/// before it failed (a fetch's HTTP answer to a 404) as its <see cref="Value"/>, which <see cref="Map"/> does not pass on.
/// </summary>
public sealed record StageResult<T>(StageStatus Status, T? Value, Diagnostic? Reason, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool IsOk => Status == StageStatus.Ok;

    /// <summary>True for <see cref="StageStatus.Failed"/> and <see cref="StageStatus.TransientFailure"/>.</summary>
    public bool IsFailure => Status is StageStatus.Failed or StageStatus.TransientFailure;

    public bool IsTransient => Status == StageStatus.TransientFailure;

    public static StageResult<T> Ok(T value, IReadOnlyList<Diagnostic>? diagnostics = null) =>
        new(StageStatus.Ok, value, null, diagnostics ?? []);

    public static StageResult<T> Skipped(string code, string detail) =>
        new(StageStatus.Skipped, default, Diagnostic.Info(code, detail), []);

    /// <summary>A failure that will happen again on the same input.</summary>
    public static StageResult<T> Failed(string code, string detail) => Failed(Diagnostic.Error(code, detail));

    /// <summary>A failure that may pass (a timeout, a 503, a locked database): the runner may retry.</summary>
    public static StageResult<T> Transient(string code, string detail) => Failed(Diagnostic.Error(code, detail), transient: true);

    /// <summary>A failure, transient or not; <paramref name="got"/> is what the stage got before it failed, if anything.</summary>
    public static StageResult<T> Failed(Diagnostic reason, bool transient = false, T? got = default) =>
        new(transient ? StageStatus.TransientFailure : StageStatus.Failed, got, reason, []);

    public StageResult<TOut> Map<TOut>(Func<T, TOut> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return IsOk ? StageResult<TOut>.Ok(map(Value!), Diagnostics) : Stopped<TOut>();
    }

    /// <summary>This result, not ok, as a result of another type (same status, reason and diagnostics).</summary>
    public StageResult<TOut> Stopped<TOut>() => IsOk
        ? throw new InvalidOperationException("An ok result has a value; use Map.")
        : new StageResult<TOut>(Status, default, Reason, Diagnostics);

    /// <summary>The same result with <paramref name="earlier"/> diagnostics (from an earlier stage) before its own.</summary>
    public StageResult<T> After(IReadOnlyList<Diagnostic> earlier) =>
        earlier.Count == 0 ? this : this with { Diagnostics = [.. earlier, .. Diagnostics] };
}
