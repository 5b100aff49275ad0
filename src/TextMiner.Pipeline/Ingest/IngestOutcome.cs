namespace TextMiner.Pipeline.Ingest;

public enum IngestOutcome
{
    New,
    Updated,
    Unchanged,
    Failed,
}
