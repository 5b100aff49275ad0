using System.Text;
using TextMiner.Core.Records;

namespace TextMiner.Core.Tests;

public sealed class RawDocumentTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);

    [Test]
    public void Sha256AndId_DeriveFromBytesAndLocation()
    {
        var raw = new RawDocument("hmip", "https://www.example.org/report/", Encoding.UTF8.GetBytes("abc"), "text/html", At);

        Assert.That(raw.Sha256, Is.EqualTo(ContentHash.Sha256Hex(Encoding.UTF8.GetBytes("abc"))));
        Assert.That(raw.Id, Is.EqualTo(DocumentId.For("http://example.org/report")));
    }

    [TestCase("https://example.org/files/Report.PDF?download=1", true, ".pdf")]
    [TestCase("HTTP://example.org/news", true, "")]
    [TestCase("corpus/seeds/001.txt", false, ".txt")]
    [TestCase("/tmp/page.HTM", false, ".htm")]
    public void IsUrlAndExtension_FromLocation(string location, bool isUrl, string extension)
    {
        var raw = new RawDocument("local", location, [], null, At);

        Assert.That(raw.IsUrl, Is.EqualTo(isUrl));
        Assert.That(raw.Extension, Is.EqualTo(extension));
    }
}
