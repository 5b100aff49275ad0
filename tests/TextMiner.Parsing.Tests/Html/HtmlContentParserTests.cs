using TextMiner.Parsing.Html;

namespace TextMiner.Parsing.Tests.Html;

public sealed class HtmlContentParserTests
{
    private static IReadOnlyList<string> Texts(string html) =>
        [.. HtmlContentParser.Parse(html, ParsingOptions.Default).Value!.Paragraphs.Select(p => p.Text)];

    [Test]
    public void Parse_BrRuns_SplitParagraphsAndSingleBrJoins()
    {
        var texts = Texts("<html><body><article><div class='entry-content'>First line<br>same paragraph<br><br>Second paragraph &amp; more&nbsp;text</div></article></body></html>");

        Assert.That(texts, Is.EqualTo(new[] { "First line same paragraph", "Second paragraph & more text" }));
    }

    [Test]
    public void Parse_FurnitureHeadingInContent_SkipsItsSection()
    {
        var texts = Texts("<html><body><main><p>Real content paragraph.</p><h2>Related posts</h2><ul><li>Other post one</li><li>Other post two</li></ul><h2>Next section</h2><p>More content.</p></main></body></html>");

        Assert.That(texts, Is.EqualTo(new[] { "Real content paragraph.", "Next section", "More content." }));
    }

    [Test]
    public void Parse_CookieAndShareTextInContent_Dropped()
    {
        var texts = Texts("<html><body><main><p>We use cookies to improve your experience.</p><p>Share this</p><p>Content stays.</p><p><a href='#top'>(Back to top)</a></p></main></body></html>");

        Assert.That(texts, Is.EqualTo(new[] { "Content stays." }));
    }

    [Test]
    public void Parse_DateOnlyLine_DroppedAndUsedAsPublished()
    {
        var result = HtmlContentParser.Parse("<html><body><main><h1>The title</h1><p>Posted on 06th Mar 2019</p><p>The text.</p></main></body></html>", ParsingOptions.Default);

        Assert.Multiple(() =>
        {
            Assert.That(result.Value!.Paragraphs.Select(p => p.Text), Is.EqualTo(new[] { "The text." }));
            Assert.That(result.Value.Published, Is.EqualTo(new DateOnly(2019, 3, 6)));
        });
    }

    [Test]
    public void Parse_NestedList_ItemsInOrderWithoutDuplicates()
    {
        var texts = Texts("<html><body><main><ul><li>Outer one<ul><li>Inner a</li><li>Inner b</li></ul></li><li>Outer two</li></ul></main></body></html>");

        Assert.That(texts, Is.EqualTo(new[] { "Outer one", "Inner a", "Inner b", "Outer two" }));
    }

    [Test]
    public void Parse_HeadingsH1ToH4_CarriedAndH5IsText()
    {
        var paragraphs = HtmlContentParser.Parse("<html><body><main><h2>Section</h2><p>A.</p><h5>Small</h5><p>B.</p></main></body></html>", ParsingOptions.Default).Value!.Paragraphs;

        Assert.That(paragraphs.Select(p => p.Heading), Is.EqualTo(new[] { "Section", "Section", "Section", "Section" }));
    }

    [Test]
    public void Parse_WholePageInAspNetForm_StillFindsContent()
    {
        var texts = Texts("<html><body><form id='aspnetForm'><div id='content'><p>Inspection findings paragraph that is long enough to count as the main text of this page, with detail, more detail, and commas.</p></div></form></body></html>");

        Assert.That(texts, Has.Count.EqualTo(1));
    }
}
