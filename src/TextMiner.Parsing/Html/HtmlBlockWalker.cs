using System.Text;
using HtmlAgilityPack;

namespace TextMiner.Parsing.Html;

/// <summary>Walks a content element in document order and yields headings, paragraphs, list items and table rows.</summary>
internal sealed class HtmlBlockWalker
{
    private static readonly HashSet<string> TextBlocks =
        ["p", "pre", "dt", "dd", "figcaption", "address", "caption", "summary", "blockquote"];

    private static readonly HashSet<string> Containers =
    [
        "div", "section", "article", "main", "header", "figure", "center", "details", "body", "span", "font", "ul",
        "ol", "dl", "tbody", "thead", "tfoot", "li", "form", "fieldset", "hgroup",
    ];

    private readonly List<HtmlBlock> _blocks = [];
    private readonly StringBuilder _inline = new();
    private int _breaks;

    public static IReadOnlyList<HtmlBlock> Walk(HtmlNode root)
    {
        var walker = new HtmlBlockWalker();
        walker.Visit(root);
        walker.Flush();
        return walker._blocks;
    }

    private void Visit(HtmlNode node)
    {
        foreach (var child in node.ChildNodes)
        {
            VisitChild(child);
        }
    }

    private void VisitChild(HtmlNode child)
    {
        if (child.NodeType == HtmlNodeType.Text)
        {
            AppendInline(HtmlEntity.DeEntitize(((HtmlTextNode)child).Text));
            return;
        }

        if (child.NodeType != HtmlNodeType.Element)
        {
            return;
        }

        switch (child.Name)
        {
            case "br":
                if (++_breaks >= 2)
                {
                    Flush();
                }
                else
                {
                    _inline.Append(' ');
                }

                return;
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                Flush();
                Emit(HtmlText.Of(child), child.Name[1] - '0');
                return;
            case "table":
                Flush();
                VisitTable(child);
                return;
            case "hr" or "img" or "picture":
                Flush();
                return;
            case "li":
                Flush();
                Emit(HtmlText.OwnText(child), isListItem: true);
                foreach (var nested in child.ChildNodes.Where(c => c.Name is "ul" or "ol" or "table" or "dl"))
                {
                    VisitChild(nested);
                }

                return;
        }

        if (TextBlocks.Contains(child.Name) && !HasBlockDescendant(child))
        {
            Flush();
            Emit(HtmlText.Of(child));
            return;
        }

        if (TextBlocks.Contains(child.Name) || Containers.Contains(child.Name) || HasBlockDescendant(child))
        {
            if (child.Name is "span" or "font" && !HasBlockDescendant(child))
            {
                AppendInline(HtmlText.Of(child) + " ");
                return;
            }

            Flush();
            Visit(child);
            Flush();
            return;
        }

        AppendInline(" " + HtmlText.Of(child) + " ");
    }

    private void VisitTable(HtmlNode table)
    {
        foreach (var row in HtmlNodes.Descendants(table, "tr").Where(r => r.Ancestors("table").FirstOrDefault() == table))
        {
            var cells = row.ChildNodes.Where(c => c.Name is "td" or "th").Select(HtmlText.Of).Where(t => t.Length > 0);
            Emit(string.Join(" | ", cells));
        }
    }

    private static bool HasBlockDescendant(HtmlNode node) =>
        HtmlNodes.Descendants(node).Any(d => d.Name is "p" or "div" or "ul" or "ol" or "table" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "section" or "blockquote");

    private void AppendInline(string text)
    {
        if (text.Trim().Length > 0)
        {
            _breaks = 0;
        }

        _inline.Append(text);
    }

    private void Flush()
    {
        _breaks = 0;
        if (_inline.Length == 0)
        {
            return;
        }

        Emit(TextNormalizer.Normalize(_inline.ToString()));
        _inline.Clear();
    }

    private void Emit(string text, int? headingLevel = null, bool isListItem = false)
    {
        text = TextNormalizer.Normalize(text);
        if (text.Length > 0)
        {
            _blocks.Add(new HtmlBlock(text, headingLevel, isListItem));
        }
    }
}
