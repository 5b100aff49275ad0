using TextMiner.Core.Records;
using TextMiner.Core.Stages;

namespace TextMiner.Pipeline.Ingest;

/// <summary>
/// A raw document made ready for the writer: its analysis (parse → extract → classify), or null when the store already
/// held these bytes when it was prepared and there was nothing to analyse.
/// </summary>
public sealed record PreparedDocument(RawDocument Raw, StageResult<AnalysedDocument>? Analysis);
