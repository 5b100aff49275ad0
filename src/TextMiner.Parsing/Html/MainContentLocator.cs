using System.Text.RegularExpressions;
using HtmlAgilityPack;

namespace TextMiner.Parsing.Html;

/// <summary>
/// Finds the element holding the main text: semantic containers first (articleBody, .entry-content, article, main…),
/// else the readability-style winner of text-density and link-density scoring.
/// </summary>
internal static partial class MainContentLocator
{
    private const double DominantShare = 0.6;

    private static readonly string[] SemanticXPaths =
    [
        "//*[@itemprop='articleBody']",
        ClassXPath("entry-content"), ClassXPath("post-content"), ClassXPath("article-content"), ClassXPath("article-body"),
        ClassXPath("field--name-body"), ClassXPath("field-name-body"), ClassXPath("node__content"), ClassXPath("node-content"),
        ClassXPath("govuk-govspeak"), ClassXPath("page-content"), ClassXPath("story-body"), ClassXPath("content-body"),
        "//article",
        "//main", "//*[@role='main']",
        "//*[@id='content']", "//*[@id='main-content']", "//*[@id='main']", "//*[@id='primary']",
        ClassXPath("result"), ClassXPath("content"),
    ];

    [GeneratedRegex(@"article|body|content|entry|main|page|post|text|blog|story|report|result", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PositiveName();

    public static HtmlNode Locate(HtmlNode body, int minChars, out bool usedScoring)
    {
        usedScoring = false;
        foreach (var xpath in SemanticXPaths)
        {
            var matches = body.SelectNodes(xpath);
            if (matches is null)
            {
                continue;
            }

            var candidate = Choose([.. matches.Where(m => !matches.Any(o => o != m && m.Ancestors().Contains(o)))]);
            if (candidate is not null && HtmlText.Length(candidate) >= minChars)
            {
                return candidate;
            }
        }

        usedScoring = true;
        return ScoreBest(body) ?? body;
    }

    private static string ClassXPath(string name) => $"//*[contains(concat(' ', normalize-space(@class), ' '), ' {name} ')]";

    /// <summary>One match, or the dominant one, or — for a listing of similar items — their common ancestor.</summary>
    private static HtmlNode? Choose(IReadOnlyList<HtmlNode> matches)
    {
        if (matches.Count <= 1)
        {
            return matches.FirstOrDefault();
        }

        var lengths = matches.Select(HtmlText.Length).ToList();
        var total = Math.Max(1, lengths.Sum());
        var best = lengths.IndexOf(lengths.Max());
        return lengths[best] >= total * DominantShare ? matches[best] : CommonAncestor(matches);
    }

    private static HtmlNode CommonAncestor(IReadOnlyList<HtmlNode> nodes)
    {
        var ancestor = nodes[0].ParentNode;
        while (ancestor is not null && !nodes.All(n => n.Ancestors().Contains(ancestor)))
        {
            ancestor = ancestor.ParentNode;
        }

        return ancestor ?? nodes[0];
    }

    private static HtmlNode? ScoreBest(HtmlNode body)
    {
        var scores = new Dictionary<HtmlNode, double>();
        foreach (var node in body.Descendants().Where(n => n.Name is "p" or "pre" or "td" or "li" or "blockquote" or "div"))
        {
            var text = HtmlText.OwnText(node);
            if (text.Length < 25 || (node.Name == "div" && node.ChildNodes.Any(c => c.Name is "p" or "div")))
            {
                continue;
            }

            var score = 1 + text.Count(c => c == ',') + Math.Min(text.Length / 100.0, 3);
            Add(scores, node.ParentNode, score);
            Add(scores, node.ParentNode?.ParentNode, score / 2);
        }

        return scores.Count == 0
            ? null
            : scores.MaxBy(kv => kv.Value * (1 - HtmlText.LinkDensity(kv.Key))).Key;
    }

    private static void Add(Dictionary<HtmlNode, double> scores, HtmlNode? node, double score)
    {
        if (node is null || node.Name is "#document" or "html")
        {
            return;
        }

        if (!scores.ContainsKey(node))
        {
            var name = node.GetAttributeValue("class", "") + " " + node.Id;
            scores[node] = PositiveName().IsMatch(name) ? 5 : 0;
        }

        scores[node] += score;
    }
}
