using TextMiner.Core.Records;

namespace TextMiner.Storage;

/// <summary>A stored quote with the provenance of its document.</summary>
public sealed record StoredQuote(DocumentProvenance Document, Quote Quote);
