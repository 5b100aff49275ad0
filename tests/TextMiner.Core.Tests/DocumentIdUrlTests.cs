namespace TextMiner.Core.Tests;

public sealed class DocumentIdUrlTests
{
    [TestCase("https://www.napo.org.uk/news/x", true)]
    [TestCase("HTTP://example.org/a.pdf", true)]
    [TestCase("/home/me/corpus/a.html", false)]
    [TestCase("corpus/https-notes.txt", false)]
    [TestCase("ftp://example.org/a.pdf", false)]
    public void IsUrl_Location_Expected(string location, bool expected) =>
        Assert.That(DocumentId.IsUrl(location), Is.EqualTo(expected));
}
