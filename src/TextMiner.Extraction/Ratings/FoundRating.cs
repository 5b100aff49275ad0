using TextMiner.Core.Records;

namespace TextMiner.Extraction.Ratings;

/// <summary>A rating as found, and whether its sentence named its body (else the body is the document's).</summary>
internal sealed record FoundRating(Rating Rating, bool IsSubjectExplicit);
