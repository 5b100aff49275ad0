using System.Text.RegularExpressions;

namespace TextMiner.Parsing.Html;

/// <summary>What counts as page furniture: tags, roles, class/id tokens and stock phrases.</summary>
internal static partial class BoilerplateRules
{
    public static readonly HashSet<string> RemovedTags =
    [
        "script", "style", "noscript", "template", "svg", "iframe", "object", "embed", "form", "button", "input",
        "select", "textarea", "nav", "aside", "footer", "link", "meta", "canvas", "video", "audio", "map", "dialog",
    ];

    public static readonly HashSet<string> RemovedRoles =
        ["navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog", "menu", "menubar"];

    [GeneratedRegex(
        @"^(?:.*[-_])?(?:nav|navbar|navigation|menu|breadcrumbs?|crumbs|cookies?|cookie-banner|consent|gdpr|share|shares|sharing|social|sharedaddy|addtoany|a2a|related|relatedposts|comments?|respond|reply|sidebar|widgets?|footer|masthead|skip|skiplink|pagination|pager|newsletter|subscribe|signup|search|advert|adverts|ads|promo|print-link|print-button|printfriendly|tags|tagcloud|back-to-top|backtotop|top-link|author-bio|author-info|about-author|byline|post-navigation|nav-links|visually-hidden|visuallyhidden|screen-reader-text|sr-only|element-invisible|modal|popup|meta|entry-meta|post-meta|submitted|site-header|header-bar|toolbar|banner|cookiebanner|toc|table-of-contents|contents-list)(?:[-_].*)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex FurnitureToken();

    /// <summary>Whole texts that are never content ("Share this", "(Back to top)", "Read more").</summary>
    [GeneratedRegex(
        @"^(?:\(?\s*back to (?:the )?top\s*\)?|↑|top|share(?: this)?(?: (?:page|post|article|story|on))?(?: \w+)?:?|tweet|print(?: this page)?|read more(?: about .*)?|continue reading.*|skip to (?:main )?content|leave a (?:reply|comment)|cancel reply|post navigation|previous post|next post|related(?: posts| articles| news| stories| content| links)?:?|you (?:may|might) also (?:like|be interested in):?|tags?:?.*|posted in .*|filed under .*|categories?:.*|like this:?|loading\.\.\.|comments? off.*|\d+ comments?|no comments(?: yet)?|email|facebook|twitter|linkedin|whatsapp|x)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex JunkText();

    /// <summary>Openings of comment forms and cookie banners.</summary>
    [GeneratedRegex(
        @"^(?:your email address will not be published|required fields are marked|this site uses akismet|we use (?:some )?(?:essential )?cookies|we'd like to (?:set|use) (?:additional )?cookies|this (?:web)?site uses cookies|by continuing to (?:use|browse)|accept (?:all |additional )?cookies|reject (?:all |additional )?cookies|cookie (?:settings|preferences|policy)|you've accepted|save my name, email|notify me of (?:follow-up comments|new posts)|you must be logged in to post a comment|log in to reply|sorry, comments are closed)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex JunkOpening();

    /// <summary>Headings that open a furniture section: everything up to the next heading of the same level goes.</summary>
    [GeneratedRegex(
        @"^(?:related(?: posts| articles| news| stories| content| links| reports| publications)?|you (?:may|might) also (?:like|be interested in)|share(?: this)?(?: page| post| article| story)?|leave a (?:reply|comment)|comments?|\d+ (?:comments?|responses?|thoughts on .*)|(?:one|two|three) (?:comments?|responses?|thoughts on .*)|latest (?:news|posts)|recent (?:posts|news)|more (?:news|stories)|popular posts|follow us|sign up.*|subscribe.*|cookies on .*|cookie settings)\s*:?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex FurnitureHeading();

    /// <summary>Headings of a table of contents: only the list of links after them goes.</summary>
    [GeneratedRegex(@"^(?:contents|table of contents|on this page|in this (?:section|report|article|page)|jump to)\s*:?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex TocHeading();

    public static bool IsJunk(string text) => text.Length == 0 || (text.Length <= 80 && JunkText().IsMatch(text)) || JunkOpening().IsMatch(text);
}
