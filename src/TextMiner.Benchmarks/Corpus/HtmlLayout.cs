using System.Globalization;
using System.Net;
using System.Text;

namespace TextMiner.Benchmarks.Corpus;

/// <summary>
/// Lays a generated document out as a page of one of the templates the sources use: GOV.UK (cookie banner, header,
/// breadcrumbs, metadata list, share links, sidebar, feedback, footer) or WordPress (masthead, menu, article with
/// entry header and content, sharing and related posts, sidebar widgets, footer). The boilerplate is invented.
/// </summary>
internal static class HtmlLayout
{
    public static string Render(GeneratedReport report) =>
        report.Register == Register.UnionNews || report.Number % 2 == 1 ? WordPress(report) : GovUk(report);

    private static string GovUk(GeneratedReport report)
    {
        var html = new StringBuilder(16_384);
        var title = Encode(report.Title);
        html.Append(CultureInfo.InvariantCulture, $"""
            <!DOCTYPE html>
            <html lang="en" class="govuk-template">
            <head>
            <meta charset="utf-8">
            <title>{title} - GOV.UK</title>
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta property="og:site_name" content="HM Inspectorate of Probation">
            <link rel="stylesheet" href="/assets/static/application.css">
            </head>
            <body class="govuk-template__body">
            <div id="global-cookie-message" class="gem-c-cookie-banner govuk-clearfix" role="region" aria-label="Cookies on GOV.UK"><div class="govuk-cookie-banner"><h2 class="govuk-cookie-banner__heading govuk-heading-m">Cookies on this service</h2><p class="govuk-body">Essential cookies keep this site working.</p><p class="govuk-body">Optional cookies tell us which pages are read, so we can improve them.</p><button class="govuk-button" type="submit">Accept optional cookies</button><button class="govuk-button" type="submit">Reject optional cookies</button></div></div>
            <a href="#main-content" class="govuk-skip-link">Skip to main content</a>
            <header role="banner" class="govuk-header"><div class="govuk-header__container govuk-width-container"><a href="/" class="govuk-header__link">GOV.UK</a><nav aria-label="Menu"><ul class="govuk-header__navigation-list"><li><a class="govuk-header__link" href="/browse">Topics</a></li><li><a class="govuk-header__link" href="/government/organisations">Government activity</a></li></ul></nav><form class="gem-c-search" action="/search" method="get" role="search"><label for="search-main" class="govuk-label">Search</label><input type="search" id="search-main" name="q"><button type="submit">Search</button></form></div></header>
            <div class="govuk-width-container">
            <nav class="govuk-breadcrumbs" aria-label="Breadcrumb"><ol class="govuk-breadcrumbs__list"><li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="/">Home</a></li><li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="/crime-justice-and-law">Crime, justice and law</a></li></ol></nav>
            <main class="govuk-main-wrapper" id="main-content" role="main" lang="en">
            <div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds"><h1 class="gem-c-heading__text govuk-heading-l">{title}</h1></div></div>
            <div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds"><dl class="app-c-document-meta"><dt>Date of publication</dt><dd>{LongDate(report.Published)}</dd><dt>Type</dt><dd>{(report.Register == Register.Inspection ? "Inspection report" : "Press release")}</dd></dl></div></div>
            <div class="govuk-grid-row">
            <div class="govuk-grid-column-two-thirds">

            """);
        Body(html, report);
        html.Append("""
            <div class="gem-c-share-links"><h2 class="gem-c-share-links__title">Share this page</h2><ul class="gem-c-share-links__list"><li><a class="govuk-link" href="/share/facebook">Share on Facebook</a></li><li><a class="govuk-link" href="/share/twitter">Share on Twitter</a></li></ul></div>
            </div>
            <div class="govuk-grid-column-one-third">
            <aside class="app-c-sidebar" role="complementary"><h2 class="govuk-heading-s">About our inspections</h2><p class="govuk-body">We read a sample of case records, interview the staff who hold them and talk to the people they supervise wherever we can, so that what we find rests on what actually happened in each case.</p><p class="govuk-body">Every service we inspect is given ratings on a four-point scale and must answer our recommendations with a plan, which we follow up at the next visit.</p><h2 class="govuk-heading-s">Downloads</h2><ul class="govuk-list"><li><a href="/media/report.pdf" class="govuk-link">Full report (PDF)</a></li><li><a href="/media/data.ods" class="govuk-link">Inspection data</a></li></ul></aside>
            </div>
            </div>
            <div class="gem-c-feedback"><h2 class="gem-c-feedback__prompt-question">Is this page useful?</h2><button class="govuk-button">Yes</button><button class="govuk-button">No</button><a href="/contact" class="govuk-link">Report a problem with this page</a></div>
            </main>
            </div>
            <footer class="govuk-footer" role="contentinfo"><div class="govuk-width-container"><h2 class="govuk-heading-m">Services and information</h2><ul class="govuk-footer__list"><li><a class="govuk-footer__link" href="/browse/justice">Crime, justice and the law</a></li><li><a class="govuk-footer__link" href="/browse/work">Working, jobs and pensions</a></li></ul><p>All content is available under the Open Government Licence v3.0, except where otherwise stated</p></div></footer>
            </body>
            </html>

            """);
        return html.ToString();
    }

    private static string WordPress(GeneratedReport report)
    {
        var html = new StringBuilder(16_384);
        var title = Encode(report.Title);
        var site = report.Register == Register.UnionNews ? "Napo" : "HM Inspectorate of Probation";
        var tagline = report.Register == Register.UnionNews ? "The trade union and professional association for probation staff" : "Independent inspection of probation and youth justice services";
        html.Append(CultureInfo.InvariantCulture, $"""
            <!doctype html>
            <html lang="en-GB">
            <head>
            <meta charset="UTF-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{title} &#8211; {site}</title>
            <meta property="og:type" content="article" />
            <meta property="og:title" content="{title}" />
            <meta property="og:site_name" content="{site}" />
            <link rel='stylesheet' id='wp-block-library-css' href='/wp-includes/css/dist/block-library/style.min.css' media='all' />
            <script id="jquery-core-js" src="/wp-includes/js/jquery/jquery.min.js"></script>
            </head>
            <body class="post-template-default single single-post postid-{report.Number} has-sidebar">
            <div id="page" class="site">
            <a class="skip-link screen-reader-text" href="#content">Skip to content</a>
            <header id="masthead" class="site-header" role="banner">
            <div class="site-branding"><p class="site-title"><a href="/" rel="home">{site}</a></p><p class="site-description">{tagline}</p></div>
            <nav id="site-navigation" class="main-navigation" aria-label="Top Menu"><ul id="top-menu" class="menu"><li class="menu-item"><a href="/about/">About us</a></li><li class="menu-item"><a href="/news/">News</a></li><li class="menu-item"><a href="/publications/">Publications</a></li><li class="menu-item"><a href="/contact/">Contact</a></li></ul></nav>
            </header>
            <div id="content" class="site-content">
            <div id="primary" class="content-area">
            <main id="main" class="site-main">
            <article id="post-{report.Number}" class="post type-post status-publish format-standard hentry category-news">
            <header class="entry-header">
            <h1 class="entry-title">{title}</h1>
            <div class="entry-meta"><p class="published-date"><span class="label">Published:</span> {LongDate(report.Published)}</p></div>
            </header>
            <div class="entry-content">

            """);
        Body(html, report);
        html.Append("""
            <div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul><li class="share-twitter"><a class="share-twitter sd-button" href="?share=twitter">Twitter</a></li><li class="share-email"><a class="share-email sd-button" href="?share=email">Email</a></li></ul></div>
            <div id='jp-relatedposts' class='jp-relatedposts'><h3 class="jp-relatedposts-headline"><em>Related</em></h3><ul><li><a href="/news/earlier-report/">Earlier report on supervision</a></li><li><a href="/news/annual-conference/">Annual conference motions</a></li></ul></div>
            </div>
            </article>
            </main>
            </div>
            <aside id="secondary" class="widget-area" role="complementary">
            <section class="widget widget_recent_entries"><h2 class="widget-title">Recent posts</h2><ul><li><a href="/news/a/">Workload campaign update</a></li><li><a href="/news/b/">Branch meetings this month</a></li><li><a href="/news/c/">New guidance on home visits</a></li></ul></section>
            <section class="widget widget_archive"><h2 class="widget-title">Archives</h2><ul><li><a href="/2024/">2024</a></li><li><a href="/2023/">2023</a></li><li><a href="/2022/">2022</a></li></ul></section>
            </aside>
            </div>
            <footer id="colophon" class="site-footer" role="contentinfo"><div class="site-info"><p>Registered office: 1 Example Street, London. Copyright and privacy notices apply to this site.</p><a href="/privacy/">Privacy policy</a></div></footer>
            </div>
            </body>
            </html>

            """);
        return html.ToString();
    }

    private static void Body(StringBuilder html, GeneratedReport report)
    {
        foreach (var section in report.Sections)
        {
            if (section.Heading is not null)
            {
                html.Append("<h2>").Append(Encode(section.Heading)).Append("</h2>\n");
            }

            foreach (var paragraph in section.Paragraphs)
            {
                html.Append("<p>").Append(Encode(paragraph)).Append("</p>\n");
            }
        }
    }

    internal static string LongDate(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
