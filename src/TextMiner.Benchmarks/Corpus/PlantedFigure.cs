namespace TextMiner.Benchmarks.Corpus;

/// <summary>A staffing figure written into a generated document: its kind (as the extractor names it) and value.</summary>
public sealed record PlantedFigure(string Kind, int Value);
