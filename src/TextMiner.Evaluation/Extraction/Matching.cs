using System.Text;
using System.Text.RegularExpressions;

namespace TextMiner.Evaluation.Extraction;

/// <summary>The equivalences the evaluation uses: aspect classes, quote text overlap, speaker names.</summary>
public static partial class Matching
{
    public const double QuoteOverlapThreshold = 0.8;
    public const string DomainClass = "domain";

    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        "dame", "sir", "mr", "mrs", "ms", "miss", "mx", "dr", "lord", "baroness", "lady", "professor", "prof", "mp",
        "cbe", "obe", "mbe", "the", "a", "an",
    };

    [GeneratedRegex(@"[\p{L}\p{N}]+", RegexOptions.CultureInvariant)]
    private static partial Regex Token();

    /// <summary>"overall", "summary", or "domain" for any named domain or standard.</summary>
    public static string AspectClass(string? aspect) => aspect?.Trim().ToLowerInvariant() switch
    {
        "overall" => "overall",
        "summary" => "summary",
        _ => DomainClass,
    };

    /// <summary>Token-level Dice overlap of two texts (case and punctuation ignored), in 0..1.</summary>
    public static double TextOverlap(string a, string b)
    {
        var left = Tokens(a);
        var right = Tokens(b);
        if (left.Count == 0 || right.Count == 0)
        {
            return left.Count == right.Count ? 1 : 0;
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var token in left)
        {
            counts[token] = counts.GetValueOrDefault(token) + 1;
        }

        var common = 0;
        foreach (var token in right)
        {
            if (counts.TryGetValue(token, out var n) && n > 0)
            {
                counts[token] = n - 1;
                common++;
            }
        }

        return 2.0 * common / (left.Count + right.Count);
    }

    /// <summary>
    /// True when <paramref name="part"/>'s words appear, in order and without a gap, inside <paramref name="whole"/>
    /// (case and punctuation ignored): one paragraph's entry of a quote that runs over several paragraphs.
    /// </summary>
    public static bool ContainsText(string whole, string part)
    {
        var outer = Tokens(whole);
        var inner = Tokens(part);
        if (inner.Count == 0 || inner.Count > outer.Count)
        {
            return false;
        }

        for (var start = 0; start + inner.Count <= outer.Count; start++)
        {
            var i = 0;
            while (i < inner.Count && string.Equals(outer[start + i], inner[i], StringComparison.Ordinal))
            {
                i++;
            }

            if (i == inner.Count)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Lower case, titles, post-nominals and leading articles removed, punctuation dropped.</summary>
    public static string NormaliseSpeaker(string? speaker)
    {
        if (string.IsNullOrWhiteSpace(speaker))
        {
            return string.Empty;
        }

        var words = Tokens(speaker).Where(t => !Titles.Contains(t));
        var text = new StringBuilder();
        foreach (var word in words)
        {
            text.Append(text.Length == 0 ? string.Empty : " ").Append(word);
        }

        return text.ToString();
    }

    public static bool SameSpeaker(string? gold, string? actual) =>
        string.Equals(NormaliseSpeaker(gold), NormaliseSpeaker(actual), StringComparison.Ordinal);

    private static List<string> Tokens(string text) =>
        Token().Matches(text.Replace("’s", string.Empty, StringComparison.Ordinal).Replace("'s", string.Empty, StringComparison.Ordinal))
            .Select(m => m.Value.ToLowerInvariant()).ToList();
}
