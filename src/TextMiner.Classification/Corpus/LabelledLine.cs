namespace TextMiner.Classification.Corpus;

/// <summary>The wire shape of a labelled line, before validation.</summary>
internal sealed record LabelledLine(string? Id, string? Text, IReadOnlyList<string>? Labels);
