using TextMiner.Extraction.Text;

namespace TextMiner.Extraction.Tests.Text;

public sealed class SentenceSplitterTests
{
    [TestCase("Mr. Lawrence said so. Then he left.", 2)]
    [TestCase("The report (p. 12) says so. It is clear.", 2)]
    [TestCase("Staff rose by 2.5 per cent. Vacancies fell.", 2)]
    [TestCase("He said “It is wrong.” She agreed.", 2)]
    [TestCase("J. Smith wrote it, e.g. in May.", 1)]
    public void Split_Paragraph_CountsSentences(string text, int expected)
    {
        Assert.That(SentenceSplitter.Split(text), Has.Count.EqualTo(expected));
    }
}
