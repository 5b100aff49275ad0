using TextMiner.Core.Records;

namespace TextMiner.Storage;

/// <summary>An earlier version of a document, kept when a newer one replaced it.</summary>
public sealed record DocumentVersion(
    string Version,
    string Title,
    DateTimeOffset SavedAt,
    DateTimeOffset SupersededAt,
    Findings Findings);
