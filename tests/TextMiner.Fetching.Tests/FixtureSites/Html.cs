using System.Globalization;
using System.Net;

namespace TextMiner.Fetching.Tests.FixtureSites;

/// <summary>Small helpers for writing fixture pages, and the page shells of the CMSs the real sites run on.</summary>
internal static class Html
{
    public const string CookieBanner = """
        <div id="cookie-notice" class="cookie-banner" role="dialog" aria-label="Cookies on this site">
        <p>We use cookies to make this website work and to understand how you use it. Some are essential; others help us improve the site.</p>
        <button type="button" class="cookie-accept">Accept additional cookies</button> <a href="/cookies/">Cookie settings</a>
        </div>
        """;

    public static string E(string text) => WebUtility.HtmlEncode(text);

    public static string Paragraphs(IEnumerable<string> paragraphs) => string.Concat(paragraphs.Select(p => $"<p>{E(p)}</p>\n"));

    public static string Long(DateOnly d) => d.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string LongPadded(DateOnly d) => d.ToString("dd MMMM yyyy", CultureInfo.InvariantCulture);

    public static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Rfc1123(DateOnly d) => d.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc).ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Napo's dates: "06th Mar 2019".</summary>
    public static string Napo(DateOnly d)
    {
        var suffix = (d.Day % 100) switch { 11 or 12 or 13 => "th", _ => (d.Day % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" } };
        return d.Day.ToString("00", CultureInfo.InvariantCulture) + suffix + " " + d.ToString("MMM yyyy", CultureInfo.InvariantCulture);
    }

    public static string Path(DateOnly d) => d.ToString("yyyy/MM", CultureInfo.InvariantCulture);

    public static string Page(string title, string siteName, string body, string head = "", string bodyClass = "") =>
        $"""
        <!DOCTYPE html>
        <html lang="en-GB">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{E(title)} - {E(siteName)}</title>
        {head}
        </head>
        <body class="{bodyClass}">
        <a class="skip-link screen-reader-text" href="#main">Skip to content</a>
        <a id="top"></a>
        {body}
        </body>
        </html>

        """;

    /// <summary>
    /// A WordPress theme's page: header with navigation, cookie banner, the main column, a widget sidebar and a footer
    /// (the layout of the default themes and of the HMIP and Napo Magazine sites).
    /// </summary>
    public static string WordPress(string title, string siteName, string nav, string main, string sidebar, string head = "", string bodyClass = "single") =>
        Page(title, siteName, $"""
            <div id="page" class="site">
            {CookieBanner}
            <header id="masthead" class="site-header">
            <p class="site-title"><a href="/" rel="home">{E(siteName)}</a></p>
            <nav id="site-navigation" class="main-navigation" aria-label="Main menu">{nav}</nav>
            <form role="search" class="search-form" action="/"><label>Search for: <input type="search" name="s"></label><button>Search</button></form>
            </header>
            <div id="content" class="site-content">
            <div id="primary" class="content-area">
            <main id="main" class="site-main">
            {main}
            </main>
            </div>
            <aside id="secondary" class="widget-area" aria-label="Sidebar">
            {sidebar}
            </aside>
            </div>
            <footer id="colophon" class="site-footer"><p>&copy; {E(siteName)}. All content is available under the Open Government Licence v3.0, except where otherwise stated.</p>
            <p><a href="/privacy-policy/">Privacy</a> | <a href="/accessibility/">Accessibility</a> | <a href="#top">Back to top</a></p></footer>
            </div>
            """, head, bodyClass);

    /// <summary>A sidebar widget of teasers: each a heading linking to a document, a date and an excerpt.</summary>
    public static string Teasers(string heading, IEnumerable<(string Href, FixtureDocument Document)> items) =>
        $"""
        <section class="widget widget_recent_entries"><h2 class="widget-title">{E(heading)}</h2><ul>
        {string.Concat(items.Select(i => $"<li><article class=\"teaser\"><h3 class=\"teaser-title\"><a href=\"{i.Href}\">{E(i.Document.Title)}</a></h3><span class=\"post-date\">{Long(i.Document.Date)}</span><p class=\"teaser-excerpt\">{E(Excerpt(i.Document))}</p></article></li>\n"))}</ul></section>
        """;

    public static string Excerpt(FixtureDocument d) => d.Paragraphs[0].Length <= 120 ? d.Paragraphs[0] : d.Paragraphs[0][..120].TrimEnd() + " […]";
}
