using TextMiner.Core.Stages;

namespace TextMiner.Pipeline.Ingest;

/// <summary>Reported after each input: how far along, and what happened to the last one.</summary>
public sealed record IngestProgress(int Done, int Total, string Location, StageResult<StoredDocument> Result);
