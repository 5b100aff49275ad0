using System.Text.RegularExpressions;
using System.Xml.XPath;
using HtmlAgilityPack;

namespace TextMiner.Fetching.Discovery;

/// <summary>XPath over HtmlAgilityPack that also returns attribute values and string results, with whitespace folded.</summary>
internal static partial class HtmlQuery
{
    public static HtmlDocument Load(byte[] bytes)
    {
        var document = new HtmlDocument { OptionDefaultStreamEncoding = System.Text.Encoding.UTF8 };
        using var stream = new MemoryStream(bytes);
        document.Load(stream, detectEncodingFromByteOrderMarks: true);
        return document;
    }

    public static IEnumerable<string> Values(HtmlNode context, string xpath)
    {
        object result;
        try
        {
            result = context.CreateNavigator()!.Evaluate(xpath);
        }
        catch (XPathException)
        {
            yield break;
        }

        switch (result)
        {
            case XPathNodeIterator nodes:
                while (nodes.MoveNext())
                {
                    var text = Clean(nodes.Current!.Value);
                    if (text.Length > 0)
                    {
                        yield return text;
                    }
                }

                break;
            case string s when Clean(s).Length > 0:
                yield return Clean(s);
                break;
        }
    }

    public static string? First(HtmlNode context, string xpath) => Values(context, xpath).FirstOrDefault();

    public static IReadOnlyList<HtmlNode> Nodes(HtmlNode context, string xpath) =>
        context.SelectNodes(xpath)?.ToList() ?? [];

    public static string Clean(string text) => Whitespace().Replace(HtmlEntity.DeEntitize(text), " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
