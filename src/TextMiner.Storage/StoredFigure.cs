using TextMiner.Core.Records;

namespace TextMiner.Storage;

/// <summary>A stored figure with the provenance of its document.</summary>
public sealed record StoredFigure(DocumentProvenance Document, Figure Figure);
