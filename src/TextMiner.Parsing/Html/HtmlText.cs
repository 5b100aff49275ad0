using HtmlAgilityPack;

namespace TextMiner.Parsing.Html;

/// <summary>Text of HTML nodes with entities decoded and whitespace normalised.</summary>
internal static class HtmlText
{
    private static readonly HashSet<string> NestedBlocks = ["ul", "ol", "table", "dl"];

    public static string Of(HtmlNode node) => TextNormalizer.Normalize(Raw(node, skipNestedBlocks: false));

    /// <summary>Text of a list item or paragraph without the nested lists and tables it contains.</summary>
    public static string OwnText(HtmlNode node) => TextNormalizer.Normalize(Raw(node, skipNestedBlocks: true));

    public static int Length(HtmlNode node) => Of(node).Length;

    /// <summary>Share of the node's text that sits inside links (0 when the node has no text).</summary>
    public static double LinkDensity(HtmlNode node)
    {
        var total = Length(node);
        if (total == 0)
        {
            return 0;
        }

        var linked = node.Descendants("a").Sum(Length);
        return Math.Min(1.0, (double)linked / total);
    }

    private static string Raw(HtmlNode node, bool skipNestedBlocks)
    {
        var builder = new System.Text.StringBuilder();
        Append(node, builder, skipNestedBlocks, isRoot: true);
        return builder.ToString();
    }

    private static void Append(HtmlNode node, System.Text.StringBuilder builder, bool skipNestedBlocks, bool isRoot)
    {
        switch (node.NodeType)
        {
            case HtmlNodeType.Text:
                builder.Append(HtmlEntity.DeEntitize(((HtmlTextNode)node).Text));
                return;
            case HtmlNodeType.Comment:
                return;
        }

        if (!isRoot && skipNestedBlocks && NestedBlocks.Contains(node.Name))
        {
            return;
        }

        if (node.Name is "br" or "p" or "div" or "li" or "td" or "th" or "tr")
        {
            builder.Append(' ');
        }

        foreach (var child in node.ChildNodes)
        {
            Append(child, builder, skipNestedBlocks, isRoot: false);
        }

        if (node.Name is "p" or "div" or "li" or "td" or "th")
        {
            builder.Append(' ');
        }
    }
}
