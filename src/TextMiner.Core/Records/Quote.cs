using System.Text.Json.Serialization;
using TextMiner.Core.Json;

namespace TextMiner.Core.Records;

/// <summary>
/// A direct quotation. <paramref name="Text"/> is the words inside the marks; <paramref name="Speaker"/> is "First Last",
/// or a role in lower case where only a role is given. <paramref name="Evidence"/> is where the quote opens (its paragraph)
/// and the words' offsets in that paragraph.
/// </summary>
[JsonConverter(typeof(QuoteJsonConverter))]
public sealed record Quote(
    string? Speaker,
    string? Role,
    string? Organisation,
    string Text,
    Evidence Evidence,
    IReadOnlyList<ThemeScore> Themes)
{
    /// <summary>The id of the rule that attributed the speaker, e.g. "quotes.said.after".</summary>
    public string Rule { get; init; } = "";

    /// <summary>How sure the extractor is of the quote and its speaker, 0..1.</summary>
    public double Confidence { get; init; } = 1.0;

    /// <summary>
    /// Where a quote running over several paragraphs closes (the paragraph index); null when it closes in
    /// the paragraph of <see cref="Evidence"/>.
    /// </summary>
    public int? LastParagraph { get; init; }

    /// <summary>True when the quote runs over several paragraphs.</summary>
    public bool SpansParagraphs => LastParagraph is { } last && last != Evidence.Paragraph;

    public Quote WithThemes(IReadOnlyList<ThemeScore> themes) => this with { Themes = themes };
}
