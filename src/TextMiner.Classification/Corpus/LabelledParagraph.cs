namespace TextMiner.Classification.Corpus;

/// <summary>One line of <c>corpus/labels/*.jsonl</c>: a paragraph and its theme labels (possibly none).</summary>
public sealed record LabelledParagraph(string Id, string Text, IReadOnlyList<string> Labels);
