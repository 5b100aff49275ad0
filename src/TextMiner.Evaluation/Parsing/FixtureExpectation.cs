namespace TextMiner.Evaluation.Parsing;

/// <summary>
/// The <c>x.expected.json</c> beside a fixture: where it claims to come from and what it must parse to.
/// <paramref name="Absent"/> lists texts (running headers, footers, furniture) no paragraph may contain.
/// </summary>
public sealed record FixtureExpectation(
    string? Location,
    string? ContentType,
    string? Title,
    string? Published,
    string? Kind,
    IReadOnlyList<ExpectedParagraph>? Paragraphs,
    IReadOnlyList<string>? Absent,
    string? Error = null);
