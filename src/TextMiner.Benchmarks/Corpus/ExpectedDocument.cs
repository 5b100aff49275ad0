namespace TextMiner.Benchmarks.Corpus;

/// <summary>One line of expected.jsonl: a generated file (relative to the corpus folder) and the findings planted in it.</summary>
public sealed record ExpectedDocument(string Path, string Register, int? Pages, PlantedFindings Planted);
