namespace TextMiner.Evaluation.Parsing;

/// <summary>How one fixture parsed against its expectation.</summary>
/// <param name="Group">The fixture's folder relative to the fixtures root ("html/wordpress", "pdf"): its template group.</param>
/// <param name="WordRecall">Share of the expected words (multiset) found in the parsed paragraphs, 0..1.</param>
/// <param name="WordPrecision">Share of the parsed words (multiset) that the expectation holds, 0..1: leaked or repeated text lowers it.</param>
/// <param name="OrderScore">Share of expected paragraphs found in the parsed text after the ones before them, 0..1.</param>
/// <param name="OrderCorrect">Every expected paragraph's text occurs in the parsed text, in the expected order.</param>
/// <param name="HeaderFooterLeaks">Parsed paragraphs containing a text the expectation lists as absent.</param>
/// <param name="ExpectedWords">Words in the expectation; with <paramref name="ParsedWords"/> and <paramref name="MatchedWords"/> for pooled figures.</param>
public sealed record FixtureQuality(
    string Fixture,
    string Group,
    string Format,
    bool ExpectedFailure,
    bool Passed,
    string? Error,
    double WordRecall,
    double WordPrecision,
    double OrderScore,
    bool OrderCorrect,
    int HeaderFooterLeaks,
    bool TitleMatches,
    bool PublishedMatches,
    bool KindMatches,
    int ExpectedParagraphs,
    int ActualParagraphs,
    int Pages,
    int ExpectedWords,
    int ParsedWords,
    int MatchedWords,
    double ElapsedMilliseconds);
