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

    /// <summary>
    /// The node's text when it is at most <paramref name="maxLength"/> characters long, else null — found without
    /// reading a long node to its end (a page wrapper is not read whole to learn that it is not a short phrase).
    /// </summary>
    public static string? OfAtMost(HtmlNode node, int maxLength)
    {
        var builder = new System.Text.StringBuilder();
        var budget = maxLength;
        return AppendBounded(node, builder, ref budget) && Of(builder.ToString()) is { } text && text.Length <= maxLength ? text : null;
    }

    /// <summary>Share of the node's text that sits inside links (0 when the node has no text).</summary>
    public static double LinkDensity(HtmlNode node)
    {
        var total = Length(node);
        if (total == 0)
        {
            return 0;
        }

        var linked = HtmlNodes.Descendants(node, "a").Sum(Length);
        return Math.Min(1.0, (double)linked / total);
    }

    private static string Of(string raw) => TextNormalizer.Normalize(raw);

    /// <summary>
    /// As <see cref="Append"/> without nested-block skipping, but stops (false) once more than <paramref name="budget"/>
    /// characters that normalising keeps have been seen: the normalised text is then longer than the budget.
    /// </summary>
    private static bool AppendBounded(HtmlNode node, System.Text.StringBuilder builder, ref int budget)
    {
        switch (node.NodeType)
        {
            case HtmlNodeType.Text:
                var text = HtmlEntity.DeEntitize(((HtmlTextNode)node).Text);
                foreach (var c in text)
                {
                    if (!char.IsWhiteSpace(c) && !char.IsControl(c) && c is not ('\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF') && --budget < 0)
                    {
                        return false;
                    }
                }

                builder.Append(text);
                return true;
            case HtmlNodeType.Comment:
                return true;
        }

        if (node.Name is "br" or "p" or "div" or "li" or "td" or "th" or "tr")
        {
            builder.Append(' ');
        }

        foreach (var child in node.ChildNodes)
        {
            if (!AppendBounded(child, builder, ref budget))
            {
                return false;
            }
        }

        if (node.Name is "p" or "div" or "li" or "td" or "th")
        {
            builder.Append(' ');
        }

        return true;
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
