using System.Text.RegularExpressions;
using TextMiner.Extraction.Text;

namespace TextMiner.Extraction.Quotes;

/// <summary>"The company said" after "Working Links, the contractor, …": a body's description resolves to the body named before it.</summary>
internal sealed partial class Attributor
{
    private const int BodyReachParagraphs = 3;
    private const int BodyReachChars = 1500;

    private const string BodyName = @"(?<name>(?:HM\s+)?\p{Lu}[\w&’'-]*(?:\s+(?:of\s+|and\s+|for\s+|&\s+)?\p{Lu}[\w&’'-]*){0,5})";

    /// <summary>The kinds of body a description can stand for, each with the head nouns that name one.</summary>
    private static readonly Dictionary<string, string> BodyKinds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["company"] = "company", ["firm"] = "company", ["contractor"] = "company", ["provider"] = "company",
        ["council"] = "council", ["authority"] = "council",
        ["charity"] = "charity", ["trust"] = "charity",
        ["union"] = "union",
    };

    /// <summary>"Working Links, the contractor," / "the contractor Working Links" / "Sodexo, a private firm,".</summary>
    [GeneratedRegex(BodyName + @",\s+(?:the|a|an|its)\s+(?:[\w-]+\s+){0,2}?(?<noun>company|firm|contractor|provider|charity|trust|council|union)\b|\b(?i:the)\s+(?:[\w-]+\s+){0,2}?(?<noun>company|firm|contractor|provider|charity|union)\s+" + BodyName, RegexOptions.CultureInvariant)]
    private static partial Regex DescribedBodyName();

    /// <summary>A body named with its kind in its name: "Sheffield City Council", "the Prison Reform Trust", "Rivermead Ltd".</summary>
    [GeneratedRegex(BodyName + @"\s+(?<noun>Council|Trust|Company|Ltd|Limited|plc|Union|Charity)\b", RegexOptions.CultureInvariant)]
    private static partial Regex KindNamedBody();

    /// <summary>"The council later said", "the firm has also said".</summary>
    private static readonly HashSet<string> TrailingAdverbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "later", "also", "then", "has", "had", "have", "now", "further", "previously", "recently", "once", "itself", "again",
    };

    /// <summary>"The company", "the council": a definite description of a body, in lower case; else null.</summary>
    private static string? BodyDescription(string phrase)
    {
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 2 && TrailingAdverbs.Contains(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
        }

        return words.Count == 2 && words[0].Equals("the", StringComparison.OrdinalIgnoreCase) && BodyKinds.ContainsKey(words[1])
            ? "the " + words[1].ToLowerInvariant()
            : null;
    }

    /// <summary>The body a description from <see cref="BodyDescription"/> stands for, named earlier in view; else null.</summary>
    private Speaker? BodyInView(string description, int paragraph, int position)
    {
        var kind = BodyKinds[description[4..]];

        for (var p = paragraph; p >= 0 && p > paragraph - BodyReachParagraphs; p--)
        {
            var text = Paragraphs[p].Text;
            var end = p == paragraph && position >= 0 && position <= text.Length ? position : text.Length;
            var window = TextWindow.Tail(text, 0, end, BodyReachChars);
            var described = DescribedBodyName().Matches(window).Where(m => BodyKinds[m.Groups["noun"].Value] == kind)
                .Select(m => (m.Index, Name: m.Groups["name"].Value));
            var named = KindNamedBody().Matches(window).Where(m => KindOf(m.Groups["noun"].Value) == kind)
                .Select(m => (m.Index, Name: m.Groups["name"].Value + " " + m.Groups["noun"].Value));
            if (described.Concat(named).OrderBy(b => b.Index).LastOrDefault() is { Name: { } found }
                && SpeakerWords.OrganisationName(found) is { } name)
            {
                return new Speaker(name, null, Organisations.From(name) ?? name);
            }
        }

        return null;
    }

    private static string KindOf(string noun) => noun is "Ltd" or "Limited" or "plc" ? "company" : BodyKinds[noun];
}
