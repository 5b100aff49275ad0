using System.Text.RegularExpressions;
using HtmlAgilityPack;

namespace TextMiner.Parsing.Html;

/// <summary>
/// Finds the element holding the main text. Known CMS body containers (WordPress .entry-content, Drupal's node body
/// field, GOV.UK govspeak, articleBody…) are strong hints, but only outside sidebars, widgets, teasers and related
/// lists, whatever those hold; the chosen body gains the lead paragraphs beside it. Without a hint, semantic containers
/// (article, main…) outside those regions, else the readability-style winner of text-density and link-density scoring.
/// </summary>
internal static partial class MainContentLocator
{
    private const double DominantShare = 0.6;

    private const int LeadParagraphChars = 80;

    private const int BodyHintDivisor = 4;

    private const int MinTitleChars = 3;

    private const double TitleColumnMinShare = 0.15;

    private const double WrappedColumnMinShare = 0.5;

    private const double LeadMaxLinkDensity = 0.25;

    /// <summary>Class names CMSs give the element holding an article's body (WordPress, Drupal 7 and 8+, GOV.UK, news sites).</summary>
    public static readonly string[] BodyClasses =
    [
        "entry-content", "post-content", "article-content", "article-body", "field--name-body", "field-name-body",
        "gem-c-govspeak", "govuk-govspeak", "govspeak", "story-body", "content-body", "post-body", "entry-body",
    ];

    // Tried in order; each matches elements of the whole document, as an XPath "//*[…]" would, read in one walk.
    private static readonly Func<HtmlNode, bool>[] BodyRules = [Attribute("itemprop", "articleBody"), .. BodyClasses.Select(Class)];

    private static readonly Func<HtmlNode, bool>[] ContainerRules =
    [
        Class("node__content"), Class("node-content"), Class("page-content"),
        Tag("article"),
        Tag("main"), Attribute("role", "main"), Class("govuk-main-wrapper"),
        Attribute("id", "content"), Attribute("id", "main-content"), Attribute("id", "block-system-main"), Attribute("id", "main"), Attribute("id", "primary"),
        Class("result"), Class("content"),
    ];

    private static readonly char[] XmlSpace = [' ', '\t', '\r', '\n'];

    [GeneratedRegex(@"article|body|content|entry|main|page|post|text|blog|story|report|result", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PositiveName();

    public static HtmlNode Locate(HtmlNode body, int minChars, out bool usedScoring)
    {
        usedScoring = false;
        // A CMS body container outside every furniture region is trusted even when short (a two-paragraph press release).
        var elements = HtmlNodes.Descendants(body.OwnerDocument.DocumentNode).Where(n => n.NodeType == HtmlNodeType.Element).ToList();
        if (FirstMatch(elements, BodyRules, minChars / BodyHintDivisor) is { } articleBody)
        {
            return WithLeadParagraphs(body, articleBody);
        }

        if (FirstMatch(elements, ContainerRules, minChars) is { } container)
        {
            return container;
        }

        usedScoring = true;
        return ScoreBest(body) ?? body;
    }

    private static HtmlNode? FirstMatch(List<HtmlNode> elements, Func<HtmlNode, bool>[] rules, int minChars)
    {
        foreach (var rule in rules)
        {
            var matches = elements.Where(m => rule(m) && !FurnitureContext.InRegion(m)).ToList();
            if (matches.Count == 0)
            {
                continue;
            }

            var candidate = Choose([.. matches.Where(m => !matches.Any(o => o != m && m.Ancestors().Contains(o)))]);
            if (candidate is not null && HtmlText.Length(candidate) >= minChars)
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>An element whose class list holds <paramref name="name"/> (XPath's contains(concat(' ', normalize-space(@class), ' '), ' name ')).</summary>
    private static Func<HtmlNode, bool> Class(string name) =>
        node => node.GetAttributeValue("class", null) is { } value && value.Split(XmlSpace, StringSplitOptions.RemoveEmptyEntries).Contains(name, StringComparer.Ordinal);

    private static Func<HtmlNode, bool> Tag(string name) => node => node.Name == name;

    private static Func<HtmlNode, bool> Attribute(string name, string value) =>
        node => string.Equals(node.GetAttributeValue(name, null), value, StringComparison.Ordinal);

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

    /// <summary>
    /// The body container plus the lead paragraphs that sit between the page's h1 and the body (GOV.UK's lead paragraph
    /// is in a grid row of its own; a WordPress standfirst sits beside the entry): readability's sibling rule for prose,
    /// applied to what the article shows before its body. Titles, bylines, dates, tags and share rows are left out.
    /// </summary>
    private static HtmlNode WithLeadParagraphs(HtmlNode body, HtmlNode articleBody)
    {
        // One pass in document order (furniture is already cleaned away): prose after the first h1 and before the body.
        var leads = new List<HtmlNode>();
        var afterH1 = false;
        foreach (var node in HtmlNodes.Descendants(body))
        {
            if (node == articleBody)
            {
                break;
            }

            if (node.Name == "h1" && !afterH1 && !FurnitureContext.InRegion(node))
            {
                afterH1 = true;
            }
            else if (afterH1 && IsLeadParagraph(node) && !FurnitureContext.InRegion(node))
            {
                leads.Add(node);
            }
        }

        if (!afterH1 || leads.Count == 0)
        {
            return articleBody;
        }

        var container = body.OwnerDocument.CreateElement("div");
        foreach (var node in leads.Append(articleBody))
        {
            container.AppendChild(node.CloneNode(deep: true));
        }

        return container;
    }

    private static bool IsLeadParagraph(HtmlNode node) =>
        node.Name is "p" or "blockquote"
        && !FurnitureContext.IsFurniture(node) && !FurnitureContext.IsRegion(node)
        && HtmlText.Of(node) is { Length: >= LeadParagraphChars } text
        && text.AsSpan().IndexOfAny(".!?") >= 0
        && HtmlText.LinkDensity(node) < LeadMaxLinkDensity;

    private static HtmlNode? ScoreBest(HtmlNode body)
    {
        var scores = new Dictionary<HtmlNode, double>();
        foreach (var node in HtmlNodes.Descendants(body).Where(n => n.Name is "p" or "pre" or "td" or "li" or "blockquote" or "div"))
        {
            var text = HtmlText.OwnText(node);
            if (text.Length < 25 || (node.Name is "div" or "td" && node.ChildNodes.Any(c => c.Name is "p" or "div")) || FurnitureContext.InRegion(node))
            {
                continue;
            }

            var score = 1 + text.Count(c => c == ',') + Math.Min(text.Length / 100.0, 3);
            Add(scores, node.ParentNode, score);
            Add(scores, node.ParentNode?.ParentNode, score / 2);
        }

        if (scores.Count == 0)
        {
            return null;
        }

        var best = scores.MaxBy(kv => Weighted(kv.Key, kv.Value));
        return TitleColumn(body, scores, best.Key, Weighted(best.Key, best.Value)) ?? best.Key;
    }

    private static double Weighted(HtmlNode node, double score) => score * (1 - HtmlText.LinkDensity(node));

    /// <summary>
    /// The page's title heading sits in the article's column. When the scoring winner lies elsewhere (a sidebar of long
    /// paragraphs beside a short article) and the scored element around the h1 holds real text, that element wins.
    /// </summary>
    private static HtmlNode? TitleColumn(HtmlNode body, Dictionary<HtmlNode, double> scores, HtmlNode best, double bestScore)
    {
        var h1 = HtmlNodes.Descendants(body, "h1").FirstOrDefault(h => !FurnitureContext.InRegion(h) && HtmlText.Length(h) >= MinTitleChars);
        var column = h1?.Ancestors().FirstOrDefault(scores.ContainsKey);
        if (column is null || column == best)
        {
            return null;
        }

        // Inside the winner (a wrapper around the article column and the sidebar), the column must carry half its score.
        var share = column.Ancestors().Contains(best) ? WrappedColumnMinShare : TitleColumnMinShare;
        return Weighted(column, scores[column]) >= bestScore * share ? column : null;
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
