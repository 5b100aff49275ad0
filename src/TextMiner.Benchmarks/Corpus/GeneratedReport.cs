namespace TextMiner.Benchmarks.Corpus;

/// <summary>One generated document before it is laid out as HTML, text or PDF: its sections and what was planted in it.</summary>
internal sealed record GeneratedReport(
    int Number,
    Register Register,
    string Title,
    string Area,
    DateOnly Published,
    IReadOnlyList<GeneratedSection> Sections,
    PlantedFindings Planted);
