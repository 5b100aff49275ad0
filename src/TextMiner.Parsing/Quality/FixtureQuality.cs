namespace TextMiner.Parsing.Quality;

/// <summary>How one fixture parsed against its expectation.</summary>
/// <param name="WordRecall">Share of the expected words (multiset) found in the parsed paragraphs, 0..1.</param>
/// <param name="OrderCorrect">Every expected paragraph's text occurs in the parsed text, in the expected order.</param>
/// <param name="HeaderFooterLeaks">Parsed paragraphs containing a text the expectation lists as absent.</param>
public sealed record FixtureQuality(
    string Fixture,
    string Format,
    bool ExpectedFailure,
    bool Passed,
    string? Error,
    double WordRecall,
    bool OrderCorrect,
    int HeaderFooterLeaks,
    bool TitleMatches,
    bool PublishedMatches,
    bool KindMatches,
    int ExpectedParagraphs,
    int ActualParagraphs,
    int Pages,
    double ElapsedMilliseconds);
