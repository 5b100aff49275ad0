namespace TextMiner.Pipeline.Ingest;

public enum IngestOutcome
{
    New,
    Updated,
    Unchanged,
    Failed,

    /// <summary>Not taken, by rule (a file over the size limit): said on its own line, not counted as a failure.</summary>
    Skipped,
}
