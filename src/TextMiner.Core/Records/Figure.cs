using System.Text.Json.Serialization;
using TextMiner.Core.Json;

namespace TextMiner.Core.Records;

/// <summary>
/// A staffing or caseload figure. <paramref name="Kind"/> is one of <see cref="FigureKinds.All"/>; <paramref name="Value"/>
/// is the number as written (20 for 20%, 106000 for "106,000"). <paramref name="Excerpt"/> is the text the
/// finding was read from; <paramref name="Evidence"/> is where it stands in the document.
/// </summary>
[JsonConverter(typeof(FigureJsonConverter))]
public sealed record Figure(
    string Kind,
    double Value,
    string? Subject,
    string Excerpt,
    Evidence Evidence)
{
    /// <summary>The id of the extraction rule that produced this record, e.g. "ratings.overall.rated-as".</summary>
    public string Rule { get; init; } = "";

    /// <summary>How sure the extractor is, 0..1, from the rule and how the attachment was made.</summary>
    public double Confidence { get; init; } = 1.0;
}
