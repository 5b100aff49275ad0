using TextMiner.Core.Records;

namespace TextMiner.Pipeline.Ingest;

/// <summary>What happened to one document; for an update, the findings of the version it replaced.</summary>
public sealed record IngestResult(
    IngestOutcome Outcome,
    string? Reason = null,
    AnalysedDocument? Document = null,
    Findings? Previous = null);
