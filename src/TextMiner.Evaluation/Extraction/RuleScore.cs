namespace TextMiner.Evaluation.Extraction;

/// <summary>
/// What one catalogue rule did on a gold split: records it made that matched gold (<see cref="Hits"/>), records it made
/// that matched nothing (<see cref="FalseHits"/>), and, for quotes, matched quotes whose speaker was wrong. A rule with no
/// hits never fired or was always shadowed by another.
/// </summary>
public sealed record RuleScore(string Rule, string RecordType, int Hits, int FalseHits, int WrongSpeakers);
