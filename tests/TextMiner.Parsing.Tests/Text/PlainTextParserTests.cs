using TextMiner.Parsing.Text;

namespace TextMiner.Parsing.Tests.Text;

public sealed class PlainTextParserTests
{
    [Test]
    public void Parse_BlocksAndLineBreaks_FirstLineIsTitleAndBlocksJoined()
    {
        var result = PlainTextParser.Parse("\n\n  The title  \nsecond line of block one\n\n\n  a\n  b  \n \t \nc\n");

        Assert.Multiple(() =>
        {
            Assert.That(result.Value!.Title, Is.EqualTo("The title"));
            Assert.That(result.Value.Paragraphs.Select(p => p.Text), Is.EqualTo(new[] { "second line of block one", "a b", "c" }));
            Assert.That(result.Value.Paragraphs.Select(p => p.Index), Is.EqualTo(new[] { 0, 1, 2 }));
        });
    }

    [Test]
    public void Parse_OnlyTitle_NoParagraphs()
    {
        var result = PlainTextParser.Parse("Just a title\n\n\n");

        Assert.That(result.Value!.Paragraphs, Is.Empty);
    }

    [Test]
    public void Parse_OnlyWhitespace_FailsWithTextNoContent()
    {
        var result = PlainTextParser.Parse(" \n\t\n ");

        Assert.That(result.Reason, Is.EqualTo(ParseErrors.TextNoContent));
    }
}
