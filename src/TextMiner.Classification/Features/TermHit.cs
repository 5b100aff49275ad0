namespace TextMiner.Classification.Features;

/// <summary>One occurrence of a term in a text: its hash, its block, and the first and last tokens it covers (a word
/// bigram covers two, a lexicon phrase its words), so a sentence's terms are those lying wholly inside it.</summary>
internal readonly record struct TermHit(ulong Term, FeatureBlock Block, int First, int Last);
