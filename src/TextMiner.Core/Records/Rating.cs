using System.Text.Json.Serialization;
using TextMiner.Core.Json;

namespace TextMiner.Core.Records;

/// <summary>
/// A formal inspection grade. <paramref name="Value"/> is one of <see cref="RatingValues.All"/>; <paramref name="Aspect"/>
/// is "overall", a domain or standard ("court work"), or "summary". <paramref name="Excerpt"/> is the text the
/// finding was read from; <paramref name="Evidence"/> is where it stands in the document.
/// </summary>
[JsonConverter(typeof(RatingJsonConverter))]
public sealed record Rating(
    string Value,
    string Aspect,
    string? Subject,
    string Excerpt,
    Evidence Evidence)
{
    /// <summary>The id of the extraction rule that produced this record, e.g. "ratings.overall.rated-as".</summary>
    public string Rule { get; init; } = "";

    /// <summary>How sure the extractor is, 0..1, from the rule and how the attachment was made.</summary>
    public double Confidence { get; init; } = 1.0;
}
