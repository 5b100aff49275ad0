using System.Text.RegularExpressions;
using HtmlAgilityPack;
using TextMiner.Core;
using TextMiner.Core.Records;
using TextMiner.Parsing.Text;

namespace TextMiner.Parsing.Html;

/// <summary>Title and published date from meta tags, headings, <c>time</c>, HMIP's dt/dd and visible date labels.</summary>
internal static partial class HtmlMetadata
{
    private static readonly string[] DateMetaNames =
    [
        "article:published_time", "og:published_time", "dc.date", "dc.date.issued", "dcterms.date", "dcterms.issued",
        "dcterms.created", "date", "pubdate", "publish-date", "publication_date", "citation_publication_date",
        "sailthru.date", "parsely-pub-date", "govuk:first-published-at",
    ];

    [GeneratedRegex(@"(?:published|date of publication|publication date|posted|date)\s*(?:on)?\s*:?\s*(?<rest>.{0,60})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateLabel();

    [GeneratedRegex(@"(?:^|\s)(?:dc|dcterms):(?:date|created|issued)(?:\s|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RdfaDate();

    [GeneratedRegex(@"date|publish|submitted|posted|created|timestamp", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateClass();

    [GeneratedRegex(@"related|sidebar|widget|comment|teaser|views-row|recent", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RelatedClass();

    [GeneratedRegex(@"logo|site-title|site-name|brand", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LogoName();

    private const int MaxDateElementChars = 100;

    public static string? Title(HtmlDocument document, MetaTags metas)
    {
        var og = metas["og:title"] ?? metas["twitter:title"];
        if (TitleCleaner.Clean(og) is { Length: > 0 } cleanOg)
        {
            return cleanOg;
        }

        if (TitleCleaner.Clean(MainHeading(document)) is { Length: > 0 } cleanH1)
        {
            return cleanH1;
        }

        var title = HtmlNodes.Descendants(document.DocumentNode, "title").FirstOrDefault();
        return title is null ? null : TitleCleaner.Clean(HtmlText.Of(title)) is { Length: > 0 } clean ? clean : null;
    }

    /// <summary>What the page says its kind is: GOV.UK's <c>govuk:format</c> meta or the caption above its h1.</summary>
    public static string? KindSignal(HtmlDocument document, MetaTags metas)
    {
        var format = metas["govuk:format"];
        if (format is not null)
        {
            return format.Contains("press_release", StringComparison.OrdinalIgnoreCase) ? DocumentKinds.PressRelease : null;
        }

        var caption = HtmlNodes.Descendants(document.DocumentNode).FirstOrDefault(n => n.NodeType == HtmlNodeType.Element
            && n.GetAttributeValue("class", "") is var css && (css.Contains("gem-c-heading__context", StringComparison.Ordinal) || css.Contains("govuk-caption-", StringComparison.Ordinal)));
        return caption is not null && HtmlText.Of(caption).Equals("Press release", StringComparison.OrdinalIgnoreCase) ? DocumentKinds.PressRelease : null;
    }

    /// <summary>The page's first h1 that is not a logo or inside navigation, or null.</summary>
    public static string? MainHeading(HtmlDocument document) =>
        HtmlNodes.Descendants(document.DocumentNode, "h1")
            .Where(h => !h.Ancestors().Any(a => a.Name is "nav" or "footer" or "aside") && !FurnitureContext.InRegion(h)
                && !LogoName().IsMatch(h.GetAttributeValue("class", "") + " " + h.Id))
            .Select(HtmlText.Of)
            .FirstOrDefault(t => t.Length >= 3);

    /// <summary>The published date from markup meant for machines or from labelled visible text, before furniture is removed.</summary>
    public static DateOnly? Published(HtmlDocument document, MetaTags metas)
    {
        foreach (var name in DateMetaNames)
        {
            if (DateFinder.ParseMachineDate(metas[name]) is { } date)
            {
                return date;
            }
        }

        var root = document.DocumentNode;
        // schema.org microdata outside teasers.
        var itemprop = HtmlNodes.Descendants(root).FirstOrDefault(n => n.NodeType == HtmlNodeType.Element
            && n.GetAttributeValue("itemprop", null) == "datePublished" && !FurnitureContext.InRegion(n));
        if (itemprop is not null && DateFinder.ParseMachineDate(
                itemprop.GetAttributeValue("content", null) ?? itemprop.GetAttributeValue("datetime", null) ?? HtmlText.Of(itemprop)) is { } itemDate)
        {
            return itemDate;
        }

        foreach (var dt in HtmlNodes.Descendants(root, "dt"))
        {
            if (HtmlText.Of(dt).Contains("publi", StringComparison.OrdinalIgnoreCase) || HtmlText.Of(dt).StartsWith("date", StringComparison.OrdinalIgnoreCase))
            {
                var dd = dt.NextSibling;
                while (dd is not null && dd.Name != "dd" && dd.Name != "dt")
                {
                    dd = dd.NextSibling;
                }

                if (dd?.Name == "dd" && DateFinder.FindDate(HtmlText.Of(dd)) is { } ddDate)
                {
                    return ddDate;
                }
            }
        }

        var times = HtmlNodes.Descendants(root, "time").Where(t => !FurnitureContext.InRegion(t)).ToList();
        foreach (var time in times.OrderBy(t => t.Ancestors().Any(a => a.Name is "article" or "main") ? 0 : 1))
        {
            if ((DateFinder.ParseMachineDate(time.GetAttributeValue("datetime", null)) ?? DateFinder.FindDate(HtmlText.Of(time))) is { } timeDate)
            {
                return timeDate;
            }
        }

        foreach (var element in DateElements(root))
        {
            if (DateFinder.FindDate(HtmlText.Of(element)) is { } classDate)
            {
                return classDate;
            }
        }

        // Last, Drupal 7's RDFa (property="dc:date dc:created" content="2019-03-06T…"): the node's creation, which a
        // migrated site may have reset, so a visible date wins over it.
        var rdfa = HtmlNodes.Descendants(root)
            .FirstOrDefault(n => n.NodeType == HtmlNodeType.Element && n.Attributes.Contains("property") && n.Attributes.Contains("content") && RdfaDate().IsMatch(n.GetAttributeValue("property", "")) && !FurnitureContext.InRegion(n));
        if (rdfa is not null && DateFinder.ParseMachineDate(rdfa.GetAttributeValue("content", null)) is { } rdfaDate)
        {
            return rdfaDate;
        }

        return null;
    }

    /// <summary>Short elements whose class or id says they hold a date (Drupal's field--name-field-date, .posted-on…), main content first.</summary>
    private static IEnumerable<HtmlNode> DateElements(HtmlNode root) =>
        HtmlNodes.Descendants(root)
            .Where(n => n.NodeType == HtmlNodeType.Element && DateClass().IsMatch(n.GetAttributeValue("class", "") + " " + n.Id)
                && HtmlText.OfAtMost(n, MaxDateElementChars) is { Length: > 0 }
                && !n.Ancestors().TakeWhile(a => a.Name != "body").Any(a => RelatedClass().IsMatch(a.GetAttributeValue("class", "") + " " + a.Id))
                && !FurnitureContext.InRegion(n))
            .OrderBy(n => n.Ancestors().Any(a => a.Name is "article" or "main") ? 0 : 1);

    /// <summary>A date after a visible label ("Published: 22 May 2019") anywhere in the given text.</summary>
    public static DateOnly? LabelledDate(string text)
    {
        foreach (Match match in DateLabel().Matches(text))
        {
            if (DateFinder.FindDate(match.Groups["rest"].Value) is { } date)
            {
                return date;
            }
        }

        return null;
    }
}
