using HtmlAgilityPack;

namespace TextMiner.Parsing.Html;

/// <summary>
/// A node's descendants in document order, as HtmlAgilityPack's <c>Descendants()</c> gives them, but walked with one
/// stack instead of an iterator per level: its nested iterators make every walk cost nodes × depth, and the parser
/// walks the page many times.
/// </summary>
internal static class HtmlNodes
{
    public static IEnumerable<HtmlNode> Descendants(HtmlNode root)
    {
        var stack = new Stack<HtmlNode>();
        PushChildren(stack, root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            yield return node;
            PushChildren(stack, node);
        }
    }

    public static IEnumerable<HtmlNode> Descendants(HtmlNode root, string name) => Descendants(root).Where(n => string.Equals(n.Name, name, StringComparison.OrdinalIgnoreCase));

    private static void PushChildren(Stack<HtmlNode> stack, HtmlNode node)
    {
        var children = node.ChildNodes;
        for (var i = children.Count - 1; i >= 0; i--)
        {
            stack.Push(children[i]);
        }
    }
}
