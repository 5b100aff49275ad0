namespace TextMiner.Extraction.Ratings;

/// <summary>
/// The domains a grade is given to as a list. <paramref name="IsEnumerated"/>: named in an aside that enumerates areas
/// ("In three areas – A, B and C –"), so even one item counts; <paramref name="AlsoSummary"/>: the items are examples
/// ("among them") of a counted group, which is a summary rating too.
/// </summary>
internal sealed record ListedDomains(IReadOnlyList<string> Domains, bool IsEnumerated, bool AlsoSummary);
