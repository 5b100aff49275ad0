using HtmlAgilityPack;

namespace TextMiner.Parsing.Html;

/// <summary>Removes page furniture (navigation, headers, footers, banners, share and comment blocks) in place.</summary>
internal static class HtmlCleaner
{
    /// <summary>
    /// An element holding more than this share of the body text is a layout wrapper, whatever its class says — unless it
    /// is a furniture region (<see cref="FurnitureContext.IsRegion"/>).
    /// </summary>
    private const double WrapperShare = 0.5;

    public static void Clean(HtmlNode body)
    {
        var bodyLength = Math.Max(1, HtmlText.Length(body));
        var doomed = new List<HtmlNode>();
        Collect(body, bodyLength, doomed);

        foreach (var node in doomed)
        {
            node.Remove();
        }

        foreach (var comment in HtmlNodes.Descendants(body).Where(n => n.NodeType == HtmlNodeType.Comment).ToList())
        {
            comment.Remove();
        }
    }

    private static bool IsProtected(HtmlNode node, int bodyLength)
    {
        if (node.Name is "html" or "body" or "main" or "article" || FurnitureContext.IsBodyContainer(node))
        {
            return true;
        }

        // Structural tags are furniture whatever their size; class names can sit on whole-page wrappers.
        // (A <form> may wrap a whole ASP.NET page, so it gets the size check.)
        if ((BoilerplateRules.RemovedTags.Contains(node.Name) && node.Name != "form") || node.Name == "header")
        {
            return false;
        }

        // A sidebar, widget area, teaser list or comment area goes however much text it holds.
        if (FurnitureContext.IsRegion(node))
        {
            return false;
        }

        return HtmlText.Length(node) > bodyLength * WrapperShare
            || HtmlNodes.Descendants(node).Any(d => d.Name is "main" or "article" || d.GetAttributeValue("role", "") == "main");
    }

    /// <summary>The furniture below <paramref name="node"/> in document order, outermost only (a doomed element's inside is not visited).</summary>
    private static void Collect(HtmlNode node, int bodyLength, List<HtmlNode> doomed)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child.NodeType != HtmlNodeType.Element)
            {
                continue;
            }

            if ((FurnitureContext.IsFurniture(child) || FurnitureContext.IsRegion(child)) && !IsProtected(child, bodyLength))
            {
                doomed.Add(child);
            }
            else
            {
                Collect(child, bodyLength, doomed);
            }
        }
    }
}
