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
        foreach (var node in body.Descendants().Where(n => n.NodeType == HtmlNodeType.Element))
        {
            if (doomed.Any(d => IsAncestor(d, node)))
            {
                continue;
            }

            if ((FurnitureContext.IsFurniture(node) || FurnitureContext.IsRegion(node)) && !IsProtected(node, bodyLength))
            {
                doomed.Add(node);
            }
        }

        foreach (var node in doomed)
        {
            node.Remove();
        }

        foreach (var comment in body.Descendants().Where(n => n.NodeType == HtmlNodeType.Comment).ToList())
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
            || node.Descendants().Any(d => d.Name is "main" or "article" || d.GetAttributeValue("role", "") == "main");
    }

    private static bool IsAncestor(HtmlNode ancestor, HtmlNode node)
    {
        for (var current = node.ParentNode; current is not null; current = current.ParentNode)
        {
            if (current == ancestor)
            {
                return true;
            }
        }

        return false;
    }
}
