namespace TextMiner.Storage.Tests;

/// <summary>A clock the test sets; the store reads it for saved_at, superseded_at and applied_at.</summary>
internal sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
