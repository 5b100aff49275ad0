using TextMiner.Core.Records;

namespace TextMiner.Storage;

/// <summary>A stored rating with the provenance of its document.</summary>
public sealed record StoredRating(DocumentProvenance Document, Rating Rating);
