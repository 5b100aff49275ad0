namespace TextMiner.Extraction.Text;

/// <summary>
/// A number as written in a paragraph. <see cref="IsPercent"/> for "20%", "10 per cent"; <see cref="IsShare"/> for
/// fractions of a group ("a fifth", "one in five", "six out of 10"), whose <see cref="Value"/> is the percentage.
/// </summary>
internal readonly record struct NumberMention(int Start, int End, double Value, bool IsPercent, bool IsShare, bool IsWords);
