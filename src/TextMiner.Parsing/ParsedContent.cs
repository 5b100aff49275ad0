using TextMiner.Core.Records;
using TextMiner.Core.Stages;

namespace TextMiner.Parsing;

/// <summary>What a format reader found, before the document record is assembled.</summary>
/// <param name="KindSignal">A kind the layout suggests (e.g. an inspection-report cover), or null.</param>
internal sealed record ParsedContent(
    string? Title,
    DateOnly? Published,
    IReadOnlyList<Paragraph> Paragraphs,
    string? KindSignal,
    IReadOnlyList<Diagnostic> Diagnostics);
