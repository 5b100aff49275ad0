namespace TextMiner.Benchmarks.Corpus;

/// <summary>A heading (none for the opening section) and the paragraphs under it.</summary>
internal sealed record GeneratedSection(string? Heading, IReadOnlyList<string> Paragraphs);
