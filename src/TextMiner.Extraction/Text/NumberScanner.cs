using System.Text.RegularExpressions;

namespace TextMiner.Extraction.Text;

/// <summary>Finds numbers in digits (with separators and decimals), in words, as percentages and as shares.</summary>
internal static partial class NumberScanner
{
    private const string Word =
        "(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine)\\b)?"
        + "|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
        + "|seventeen|eighteen|nineteen)";

    private const string Small = "(?:\\d+|" + Word + ")";

    private const string Denominator = "(?:two|three|four|five|six|eight|ten|twenty|hundred|2|3|4|5|6|8|10|20|100)";

    /// <summary>A number glued to the word before it by PDF text extraction ("there were4270 FTE") is still a number.</summary>
    private const string Pattern =
        "(?:(?<![\\w£$€.,/])|(?=\\d{3})(?<=\\b(?:were|was|are|is|had|has|have|employs|employed|totalled)))(?:"
        + "(?<share>(?:(?:a|one|two|three|four)[ -](?:half|halves|thirds?|quarters?|fifths?|tenths?))\\b|half\\b"
        + "|(?<sn>" + Small + ")\\s+(?:in\\s+(?:every\\s+)?(?<sd>" + Denominator + ")|out\\s+of\\s+(?<sd>" + Small + "))\\b(?!\\s*(?:%|per\\s?cent|months|years|weeks|days)))"
        + "|(?<none>no|zero|nil)(?=\\s+(?:[\\w-]+\\s+)?(?:vacancies|vacancy|vacant\\s+posts|unfilled\\s+posts)\\b)"
        + "|(?<digits>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?:\\s*(?<scale>million|thousand|m|k)\\b)?"
        + "|(?<words>(?:a|an|" + Word + ")\\s+(?:hundred|thousand|million|dozen)\\b|" + Word + "\\b(?:\\s+(?:hundred|thousand|million)\\b)?)"
        + ")(?<pct>\\s*(?:%|per\\s?cent\\b|percent\\b|pc\\b))?";

    [GeneratedRegex(Pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex NumberRegex();

    /// <summary>"a fifth of a million": a share of a round number is a count, not a percentage.</summary>
    [GeneratedRegex(@"\G\s+of\s+(?:a|one)\s+(?<scale>million|thousand)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex ShareOfScale();

    public static IReadOnlyList<NumberMention> Scan(string text)
    {
        List<NumberMention>? found = null;
        foreach (Match match in NumberRegex().Matches(text))
        {
            if (found is { Count: > 0 } && match.Index < found[^1].End)
            {
                continue;
            }

            var mention = Read(match);
            if (mention is { IsShare: true } share && ShareOfScale().Match(text, share.End) is { Success: true } scale)
            {
                var size = scale.Groups["scale"].Value.Equals("million", StringComparison.OrdinalIgnoreCase) ? 1_000_000 : 1_000;
                mention = new NumberMention(share.Start, scale.Index + scale.Length, Math.Round(share.Value * size / 100), false, false, true);
            }

            if (mention is { } m)
            {
                (found ??= []).Add(m);
            }
        }

        return found ?? (IReadOnlyList<NumberMention>)[];
    }

    private static NumberMention? Read(Match match)
    {
        var percent = match.Groups["pct"].Success;
        if (match.Groups["share"].Success)
        {
            var shareText = match.Groups["share"].Value;
            if (match.Groups["sn"].Success)
            {
                var n = NumberWords.Parse(match.Groups["sn"].Value);
                var d = NumberWords.Parse(match.Groups["sd"].Value);
                if (n is null || d is null || d <= 0 || n > d || d > 1000)
                {
                    return null;
                }

                return new NumberMention(match.Index, match.Index + match.Length, Math.Round(100 * n.Value / d.Value), true, true, true);
            }

            var fraction = NumberWords.ParseFraction(shareText);
            return fraction is null ? null : new NumberMention(match.Index, match.Index + match.Length, fraction.Value, true, true, true);
        }

        if (match.Groups["none"].Success)
        {
            return new NumberMention(match.Index, match.Index + match.Length, 0, false, false, true);
        }

        var words = match.Groups["words"].Success;
        var value = words ? NumberWords.Parse(match.Groups["words"].Value) : NumberWords.Parse(match.Groups["digits"].Value);
        if (value is null)
        {
            return null;
        }

        if (match.Groups["scale"].Success)
        {
            value *= match.Groups["scale"].Value.ToLowerInvariant() is "million" or "m" ? 1_000_000 : 1_000;
        }

        return new NumberMention(match.Index, match.Index + match.Length, value.Value, percent, false, words);
    }
}
