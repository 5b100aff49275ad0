namespace TextMiner.Core.Records;

/// <summary>
/// A formal inspection grade. <paramref name="Value"/> is one of <see cref="RatingValues.All"/>; <paramref name="Aspect"/>
/// is "overall", a domain or standard ("court work"), or "summary". Offsets are characters in the paragraph.
/// </summary>
public sealed record Rating(
    string Value,
    string Aspect,
    string? Subject,
    string Evidence,
    int Paragraph,
    int Start,
    int End);
