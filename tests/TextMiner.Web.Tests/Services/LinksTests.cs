using TextMiner.Web.Services;

namespace TextMiner.Web.Tests.Services;

internal sealed class LinksTests
{
    [TestCase("https://example.org/report.pdf", 4, "https://example.org/report.pdf#page=4")]
    [TestCase("https://example.org/report.PDF", null, "https://example.org/report.PDF")]
    [TestCase("https://example.org/page", 4, "https://example.org/page")]
    [TestCase("http://example.org/a b", null, "http://example.org/a%20b")]
    [TestCase("javascript:alert(1)", null, null)]
    [TestCase("/home/me/corpus/x.txt", null, null)]
    [TestCase("data:text/html,<script>alert(1)</script>", null, null)]
    public void Original_Location_OnlyHttpBecomesALink(string location, int? page, string? expected)
    {
        Assert.That(Links.Original(location, page), Is.EqualTo(expected));
    }
}
