namespace TextMiner.Storage;

/// <summary>
/// Where a finding comes from, for exports and citations: the document's id, location, title, dates and the sha256 of
/// the exact bytes it was extracted from.
/// </summary>
public sealed record DocumentProvenance(
    string Id,
    string Source,
    string Kind,
    string Location,
    string Title,
    DateOnly? Published,
    DateTimeOffset FetchedAt,
    string Sha256);
