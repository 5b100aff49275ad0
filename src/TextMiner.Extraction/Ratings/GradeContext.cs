using System.Text.RegularExpressions;

namespace TextMiner.Extraction.Ratings;

/// <summary>One grade in its sentence, with the bounded windows around it that the attachment rules read.</summary>
internal sealed record GradeContext(
    string Sentence,
    int SentenceStart,
    int Paragraph,
    Match Grade,
    string Before,
    string After,
    int Scope,
    string Clause,
    string Evidence,
    string? DocumentSubject,
    StatedForm Form);
