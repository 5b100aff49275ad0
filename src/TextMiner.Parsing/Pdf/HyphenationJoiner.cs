using System.Text.RegularExpressions;

namespace TextMiner.Parsing.Pdf;

/// <summary>
/// Decides whether "inspec-" + "tion" is one word broken at a line end ("inspection") or a real compound
/// ("well-" + "led" → "well-led"): the document's own words decide first, then a list of compound prefixes.
/// </summary>
internal sealed partial class HyphenationJoiner
{
    private static readonly HashSet<string> CompoundPrefixes =
    [
        "well", "self", "non", "multi", "cross", "co", "ex", "high", "low", "long", "short", "full", "part", "face",
        "one", "two", "three", "four", "five", "six", "pre", "post", "sub", "anti", "inter", "intra", "semi",
        "mid", "year", "day", "under", "over", "place", "risk", "case", "court", "community", "offender", "victim",
    ];

    private readonly HashSet<string> _hyphenated = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _plain = new(StringComparer.OrdinalIgnoreCase);

    public HyphenationJoiner(IEnumerable<string> lineTexts)
    {
        foreach (var text in lineTexts)
        {
            var tokens = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var i = 0; i < tokens.Length; i++)
            {
                var token = Trim(tokens[i]);
                if (token.Length == 0 || (i == tokens.Length - 1 && tokens[i].EndsWith('-')))
                {
                    continue;
                }

                (token.Contains('-') ? _hyphenated : _plain).Add(token);
            }
        }
    }

    [GeneratedRegex(@"(?<prefix>[\p{L}]+)[-\u2010\u00AD]$")]
    private static partial Regex HyphenAtEnd();

    [GeneratedRegex(@"^(?<suffix>\p{Ll}[\p{L}]*)")]
    private static partial Regex LowerStart();

    /// <summary>Joins <paramref name="next"/> onto <paramref name="text"/>, mending a hyphenated line break.</summary>
    public string Join(string text, string next)
    {
        if (text.Length == 0)
        {
            return next;
        }

        var end = HyphenAtEnd().Match(text);
        if (!end.Success)
        {
            return text + " " + next;
        }

        var start = LowerStart().Match(next);
        if (!start.Success)
        {
            // "COVID-" + "19", "Part-" + "Time": a real hyphen before something that is not a lower-case continuation.
            return text[..^1] + "-" + next;
        }

        var prefix = end.Groups["prefix"].Value;
        var suffix = start.Groups["suffix"].Value;
        var keepHyphen = _hyphenated.Contains(prefix + "-" + suffix)
            || (!_plain.Contains(prefix + suffix) && CompoundPrefixes.Contains(prefix.ToLowerInvariant()));
        return keepHyphen ? text[..^1] + "-" + next : text[..^1] + next;
    }

    private static string Trim(string token) => token.Trim('.', ',', ';', ':', '!', '?', '(', ')', '[', ']', '"', '\'', '“', '”', '‘', '’');
}
