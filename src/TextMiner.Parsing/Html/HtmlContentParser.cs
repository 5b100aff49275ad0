using HtmlAgilityPack;
using TextMiner.Core;
using TextMiner.Core.Stages;

namespace TextMiner.Parsing.Html;

/// <summary>HTML page → main-content paragraphs with title and published date.</summary>
internal static class HtmlContentParser
{
    private const int DateSearchParagraphs = 3;

    private const int DateSearchChars = 120;

    private const double MaxLinkDensity = 0.65;

    /// <summary>Furniture phrases ("Share this", "(Back to top)") are short; a longer element is never one.</summary>
    private const int MaxJunkChars = 80;

    public static StageResult<ParsedContent> Parse(string html, ParsingOptions options) =>
        Load(html, options) is { } document ? Parse(document, options) : StageResult<ParsedContent>.Failed(ParseErrors.HtmlTooDeep);

    /// <summary>The page's DOM, or null when it nests deeper than <see cref="ParsingOptions.MaxHtmlDepth"/>.</summary>
    public static HtmlDocument? Load(string html, ParsingOptions options)
    {
        // HtmlAgilityPack and the walkers here recurse per level; its own cap stops a hostile page before the stack does.
        var document = new HtmlDocument { OptionFixNestedTags = true, OptionMaxNestedChildNodes = options.MaxHtmlDepth };
        try
        {
            document.LoadHtml(html);
            return document;
        }
        catch (Exception ex) when (ex.Message.Contains("nested tags", StringComparison.Ordinal))
        {
            return null;
        }
    }

    /// <summary>Reads a loaded page; it changes the DOM (furniture is removed), so a page is parsed once.</summary>
    public static StageResult<ParsedContent> Parse(HtmlDocument document, ParsingOptions options)
    {
        var body = HtmlNodes.Descendants(document.DocumentNode, "body").FirstOrDefault();
        if (body is null)
        {
            var hasContent = document.DocumentNode.ChildNodes.Any(c => c.Name is not ("html" or "head" or "#comment" or "!doctype") && HtmlText.Length(c) > 0)
                || document.DocumentNode.SelectSingleNode("/html")?.ChildNodes.Any(c => c.Name is not ("head" or "#comment") && HtmlText.Length(c) > 0) == true;
            if (!hasContent)
            {
                return StageResult<ParsedContent>.Failed(ParseErrors.HtmlNoBody);
            }

            body = document.DocumentNode;
        }

        var diagnostics = new List<Diagnostic>();
        var metas = new MetaTags(document);
        var title = HtmlMetadata.Title(document, metas);
        var h1 = HtmlMetadata.MainHeading(document);
        var published = HtmlMetadata.Published(document, metas);
        var kindSignal = HtmlMetadata.KindSignal(document, metas);
        var bodyText = HtmlText.Of(body);

        RemoveJunkElements(body);
        HtmlCleaner.Clean(body);
        var content = MainContentLocator.Locate(body, options.MinMainContentChars, out var usedScoring);
        if (usedScoring)
        {
            diagnostics.Add(Diagnostic.Info(ParseDiagnostics.ContentFallback, "no semantic content container; used text-density scoring"));
        }

        RemoveLinkLists(content);
        var paragraphs = HtmlParagraphBuilder.Build(HtmlBlockWalker.Walk(content), title, h1, out var dateLine);
        if (paragraphs.Count == 0)
        {
            return StageResult<ParsedContent>.Failed(ParseErrors.HtmlNoText);
        }

        published ??= dateLine
            ?? HtmlMetadata.LabelledDate(bodyText)
            ?? paragraphs.Take(DateSearchParagraphs).Select(p => DateFinder.FindDate(p.Text.Length > DateSearchChars ? p.Text[..DateSearchChars] : p.Text)).FirstOrDefault(d => d is not null);
        return StageResult<ParsedContent>.Ok(new ParsedContent(title, published, paragraphs, kindSignal, diagnostics));
    }

    /// <summary>Removes blocks that are mostly links (related-article lists, tag clouds, "see also" rows) from the content.</summary>
    private static void RemoveLinkLists(HtmlNode content)
    {
        var linkLists = HtmlNodes.Descendants(content)
            .Where(n => n.Name is "div" or "p" or "ul" or "ol" or "li" or "section" or "span" or "dl" or "table"
                && HtmlNodes.Descendants(n, "a").Any(a => a.Attributes.Contains("href"))
                && HtmlText.LinkDensity(n) >= MaxLinkDensity)
            .ToList();
        foreach (var node in linkLists.Where(n => !linkLists.Any(o => o != n && n.Ancestors().Contains(o))))
        {
            node.Remove();
        }
    }

    /// <summary>Removes small elements whose whole text is furniture ("Share this", "(Back to top)", "Read more").</summary>
    private static void RemoveJunkElements(HtmlNode body)
    {
        var junk = HtmlNodes.Descendants(body)
            .Where(n => n.NodeType == HtmlNodeType.Element && n.Name is "a" or "p" or "span" or "li" or "div" or "strong" or "button" or "small")
            .Where(n => HtmlText.OfAtMost(n, MaxJunkChars) is { Length: > 0 } text && BoilerplateRules.JunkText().IsMatch(text))
            .ToList();
        foreach (var node in junk)
        {
            node.Remove();
        }
    }
}
