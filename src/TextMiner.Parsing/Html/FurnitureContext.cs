using System.Text.RegularExpressions;
using HtmlAgilityPack;

namespace TextMiner.Parsing.Html;

/// <summary>
/// Whether an element is page furniture, and whether it sits inside a region no article body lives in (sidebars,
/// widgets, teasers, related lists, comments, banners, navigation).
/// </summary>
internal static partial class FurnitureContext
{
    /// <summary>Class/id tokens of regions that hold other pages' teasers or site furniture, never the article itself.</summary>
    [GeneratedRegex(
        @"^(?:.*[-_])?(?:sidebar|sidebars|widgets?|widget-area|secondary|teasers?|related|relatedposts|jp-relatedposts|recent|comments?|respond|cookies?|cookie-banner|consent|breadcrumbs?|share|sharing|social|sharedaddy|addtoany|footer|masthead|navigation|navbar|menu|feedback|contextual-sidebar|related-navigation)(?:[-_].*)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RegionToken();

    /// <summary>An article element that is another page's teaser (WordPress post classes such as tag-comments do not count).</summary>
    [GeneratedRegex(@"^(?:.*[-_])?(?:teaser|teasers|related)(?:[-_].*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TeaserToken();

    private static readonly HashSet<string> RegionTags = ["aside", "nav", "footer", "dialog"];

    private static readonly HashSet<string> RegionRoles = ["complementary", "navigation", "contentinfo", "banner", "search", "dialog", "alertdialog"];

    /// <summary>True for an element that is furniture by tag, role, visibility or class/id token.</summary>
    public static bool IsFurniture(HtmlNode node)
    {
        if (BoilerplateRules.RemovedTags.Contains(node.Name))
        {
            return true;
        }

        if (node.Name == "header" && !node.Ancestors().Any(a => a.Name is "article" or "main"))
        {
            return true;
        }

        if (BoilerplateRules.RemovedRoles.Contains(Role(node)) || IsHidden(node)
            || node.GetAttributeValue("aria-label", "").Contains("breadcrumb", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return Tokens(node).Any(t => BoilerplateRules.FurnitureToken().IsMatch(t));
    }

    /// <summary>
    /// True for an element that is a sidebar, widget, teaser, related list, comment area, banner or navigation. A layout
    /// wrapper named after its sidebar ("main-with-sidebar") holds the page's main region or h1 and is not one.
    /// </summary>
    public static bool IsRegion(HtmlNode node) =>
        node.NodeType == HtmlNodeType.Element
        && node.Name is not ("html" or "body" or "main")
        && !IsBodyContainer(node)
        && (node.Name == "article"
            ? IsTeaser(node)
            : RegionTags.Contains(node.Name) || RegionRoles.Contains(Role(node))
                || (Tokens(node).Any(t => RegionToken().IsMatch(t)) && !HoldsMainRegion(node)));

    /// <summary>An element a CMS marks as an article body (<see cref="MainContentLocator.BodyClasses"/>, itemprop articleBody).</summary>
    public static bool IsBodyContainer(HtmlNode node) =>
        node.GetAttributeValue("itemprop", "") == "articleBody"
        || Tokens(node).Any(t => MainContentLocator.BodyClasses.Contains(t, StringComparer.OrdinalIgnoreCase));

    private static bool HoldsMainRegion(HtmlNode node)
    {
        if (HtmlNodes.Descendants(node).Any(d => d.Name is "main" or "h1" || Role(d) == "main"))
        {
            return true;
        }

        // A wrapper around the article body is not a sidebar; teasers' own body fields do not count.
        if (!IsTeaser(node) && HtmlNodes.Descendants(node).Any(d => IsBodyContainer(d) && !d.Ancestors().TakeWhile(a => a != node).Any(IsTeaser)))
        {
            return true;
        }

        var articles = HtmlNodes.Descendants(node, "article").Where(a => !Tokens(a).Any(t => TeaserToken().IsMatch(t))).ToList();
        return articles.Count > 0 && articles.Max(HtmlText.Length) * 2 >= HtmlText.Length(node);
    }

    /// <summary>True when the node or one of its ancestors (below body) is a furniture region.</summary>
    public static bool InRegion(HtmlNode node)
    {
        for (var current = node; current is not null && current.Name is not ("body" or "#document"); current = current.ParentNode)
        {
            if (IsRegion(current))
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsHidden(HtmlNode node) =>
        node.Attributes.Contains("hidden")
        || node.GetAttributeValue("aria-hidden", "") == "true"
        || node.GetAttributeValue("style", "").Replace(" ", "", StringComparison.Ordinal).Contains("display:none", StringComparison.OrdinalIgnoreCase);

    private static bool IsTeaser(HtmlNode node) => Tokens(node).Any(t => TeaserToken().IsMatch(t));

    private static string Role(HtmlNode node) => node.GetAttributeValue("role", "").Trim().ToLowerInvariant();

    private static IEnumerable<string> Tokens(HtmlNode node) =>
        node.GetAttributeValue("class", "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Append(node.Id ?? "").Where(t => t.Length > 0);
}
