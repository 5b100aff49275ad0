using System.Text.RegularExpressions;
using TextMiner.Core.Records;

namespace TextMiner.Extraction.Ratings;

/// <summary>
/// The four HMIP grades in any case or quote style, normalised to <see cref="RatingValues"/>; "requiring improvement"
/// and "require improvement" are the third grade too. A closing quote may follow the sentence's own comma or full stop.
/// </summary>
internal static partial class Grades
{
    [GeneratedRegex(@"(?<open>[“""‘'])?\b(?<grade>outstanding|good|requir(?:es|ed|ing|e)[\s-]+improvement|inadequate)\b(?:[.,]?(?<close>[”""’']))?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Grade();

    public static string Normalise(string grade) => grade.ToLowerInvariant()[0] switch
    {
        'o' => RatingValues.Outstanding,
        'g' => RatingValues.Good,
        'r' => RatingValues.RequiresImprovement,
        _ => RatingValues.Inadequate,
    };

    /// <summary>Written as a grade name rather than an ordinary adjective: capitalised, all capitals or in quote marks.</summary>
    public static bool IsMarked(Match match) =>
        (match.Groups["open"].Success && match.Groups["close"].Success) || char.IsUpper(match.Groups["grade"].Value[0]);
}
