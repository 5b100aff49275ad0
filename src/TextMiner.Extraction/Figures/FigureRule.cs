using System.Text.RegularExpressions;

namespace TextMiner.Extraction.Figures;

/// <summary>Which numbers a rule applies to.</summary>
internal enum NumberForm
{
    Count,
    Percent,

    /// <summary>A percentage or a share of a group ("a fifth of posts").</summary>
    PercentOrShare,
}

/// <summary>
/// One pattern around a kind word: <see cref="Left"/> is matched against the sentence up to the number (anchored at
/// its end), <see cref="Right"/> against the rest of the sentence (anchored at its start); both must match when given.
/// </summary>
internal sealed record FigureRule(string Kind, NumberForm Form, Regex? Left, Regex? Right, double MinValue = 0, double MaxValue = double.MaxValue);
