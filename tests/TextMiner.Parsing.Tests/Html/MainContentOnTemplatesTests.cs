using TextMiner.Parsing.Html;

namespace TextMiner.Parsing.Tests.Html;

/// <summary>Main content on CMS templates: the article body wins whatever the sidebar, teasers and banners hold.</summary>
public sealed class MainContentOnTemplatesTests
{
    private const string LongSidebarText =
        "Membership is open to everyone working in probation and the family courts, with legal advice, training, representation and a voice in the union, and this sidebar paragraph is deliberately longer than the article so that its size alone would make it look like the page's main text. ";

    private static ParsedContent Parse(string html) => HtmlContentParser.Parse(html, ParsingOptions.Default).Value!;

    private static string Article(string marker) =>
        $"<p>{marker} first paragraph of the article, long enough to be a real paragraph of news text.</p><p>{marker} second paragraph with a quote and a figure of 42 staff.</p>";

    [Test]
    public void Parse_Drupal7SidebarFirstWithMoreTextThanArticle_KeepsOnlyTheNodeBody()
    {
        var sidebar = $"<div id='sidebar-first' class='column sidebar'><div class='region region-sidebar-first'><div class='block'><h2>Latest news</h2><div class='content'><p>{string.Concat(Enumerable.Repeat(LongSidebarText, 4))}</p></div></div></div></div>";
        var html = $"<html><body class='one-sidebar sidebar-first'><div id='main'>{sidebar}<div id='content' class='column'><h1 id='page-title'>Ballot result</h1><div id='block-system-main'><div class='node node-article node-full'><div class='field field-name-body'><div class='field-items'><div class='field-item even'>{Article("Body")}</div></div></div></div></div></div></div></body></html>";

        var content = Parse(html);

        Assert.Multiple(() =>
        {
            Assert.That(content.Paragraphs.Select(p => p.Text), Has.All.StartsWith("Body"));
            Assert.That(content.Paragraphs.Select(p => p.Heading), Has.All.EqualTo("Ballot result"));
        });
    }

    [Test]
    public void Parse_TeaserNodesWithTheirOwnBodyFields_ArticleBodyChosen()
    {
        var teasers = string.Concat(Enumerable.Range(1, 4).Select(i =>
            $"<div class='views-row'><div class='node node-teaser'><h2><a href='/n/{i}'>Teaser {i}</a></h2><div class='field field-name-body'><p>{LongSidebarText}</p></div><a href='/n/{i}'>Read more</a></div></div>"));
        var html = $"<html><body><div id='content'><h1>Real title</h1><div class='node node-full'><div class='field field-name-body'>{Article("Real")}</div></div><div class='block'><h2>More from the blog</h2>{teasers}</div></div></body></html>";

        var texts = Parse(html).Paragraphs.Select(p => p.Text).ToList();

        Assert.That(texts, Has.Count.EqualTo(2).And.All.StartsWith("Real"));
    }

    [Test]
    public void Parse_GovukLeadParagraphInItsOwnRow_KeptBeforeGovspeak()
    {
        const string lead = "The lead paragraph sits in a grid row of its own above the metadata, and it is part of the article.";
        var html = $"<html><body><main class='govuk-main-wrapper' id='main-content'><div class='govuk-grid-row'><div class='govuk-grid-column-two-thirds'><span class='govuk-caption-xl'>Press release</span><h1>Title</h1><p class='gem-c-lead-paragraph'>{lead}</p></div></div><div class='govuk-grid-row'><div class='govuk-grid-column-two-thirds'><div class='gem-c-govspeak'>{Article("Gov")}</div></div><div class='govuk-grid-column-one-third'><aside><h2>Related content</h2><p>{LongSidebarText}</p></aside></div></div></main></body></html>";

        var content = Parse(html);

        Assert.Multiple(() =>
        {
            Assert.That(content.Paragraphs.Select(p => p.Text).First(), Is.EqualTo(lead));
            Assert.That(content.Paragraphs, Has.Count.EqualTo(3));
            Assert.That(content.KindSignal, Is.EqualTo(Core.Records.DocumentKinds.PressRelease));
        });
    }

    [Test]
    public void Parse_DateOnlyInASidebarTeaser_NotThePublishedDate()
    {
        var html = $"<html><body><div class='page-with-sidebar'><main><h1>Title</h1><div class='entry-content'>{Article("Dated")}</div></main><div class='widget-area'><time datetime='2018-01-02'>2 January 2018</time><div itemprop='datePublished' content='2018-01-03'></div></div></div></body></html>";

        Assert.That(Parse(html).Published, Is.Null);
    }

    [Test]
    public void Parse_Drupal7RdfaCreatedDate_UsedWhenNoVisibleDate()
    {
        var html = $"<html><body><div id='content'><h1>Title</h1><div class='node node-full'><span property='dc:date dc:created' content='2019-03-06T10:00:00+00:00' class='rdf-meta element-hidden'></span><div class='field field-name-body'>{Article("Rdfa")}</div></div></div></body></html>";

        Assert.That(Parse(html).Published, Is.EqualTo(new DateOnly(2019, 3, 6)));
    }

    [Test]
    public void Parse_WrapperNamedAfterItsSidebar_StillHoldsTheArticle()
    {
        var html = $"<html><body><div class='content-sidebar-wrap'><main class='content'><article><h1>Genesis title</h1><div class='entry-content'>{Article("Wrapped")}</div></article></main><aside class='sidebar widget-area'><p>{LongSidebarText}</p></aside></div></body></html>";

        Assert.That(Parse(html).Paragraphs.Select(p => p.Text).ToList(), Has.Count.EqualTo(2).And.All.StartsWith("Wrapped"));
    }

    [Test]
    public void Parse_BodyContainerWithAFurnitureLikeClass_Kept()
    {
        var html = $"<html><body><div class='site'><h1>Title</h1><div class='entry-content sharing-enabled social-buttons'>{Article("Kept")}</div><div class='sidebar'><p>{LongSidebarText}</p></div></div></body></html>";

        Assert.That(Parse(html).Paragraphs.Select(p => p.Text).ToList(), Has.Count.EqualTo(2).And.All.StartsWith("Kept"));
    }

    [Test]
    public void Parse_NoSemanticMarkupAndALongerSidebar_TheTitleColumnWins()
    {
        var sidebar = string.Concat(Enumerable.Repeat($"<p>{LongSidebarText}</p>", 3));
        var html = $"<html><body><div id='wrap'><div id='left'>{sidebar}</div><div id='centre'><h1>A short news item</h1><p>Short, a single paragraph of news, with a comma or two, and a figure of 12 staff.</p></div></div></body></html>";

        Assert.That(Parse(html).Paragraphs.Select(p => p.Text), Is.EqualTo(new[] { "Short, a single paragraph of news, with a comma or two, and a figure of 12 staff." }));
    }
}
