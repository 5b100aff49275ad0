using System.Text;
using TextMiner.Fetching.Http;

namespace TextMiner.Fetching.Tests.Http;

[TestFixture]
public sealed class ContentTypeCheckTests
{
    private const string HtmlPage = "<!DOCTYPE html><html><body>Hello</body></html>";
    private const string PdfBytes = "%PDF-1.7\n1 0 obj";

    [TestCase("https://x.org/a.pdf", "application/pdf", PdfBytes, "application/pdf", null)]
    [TestCase("https://x.org/a.pdf", "text/html; charset=utf-8", PdfBytes, "application/pdf", null)]
    [TestCase("https://x.org/a/", "application/octet-stream", PdfBytes, "application/pdf", null)]
    [TestCase("https://x.org/a.pdf", "application/pdf", HtmlPage, null, FetchErrors.ContentMismatch)]
    [TestCase("https://x.org/a", "application/pdf", HtmlPage, null, FetchErrors.ContentMismatch)]
    [TestCase("https://x.org/a/", "text/html; charset=utf-8", HtmlPage, "text/html; charset=utf-8", null)]
    [TestCase("https://x.org/a/", "text/plain", HtmlPage, "text/html", null)]
    [TestCase("https://x.org/feed/", "application/rss+xml", "<?xml version=\"1.0\"?><rss/>", "application/rss+xml", null)]
    public void Check_DeclaredTypeAgainstBytes(string url, string declared, string body, string? expectedType, string? expectedError)
    {
        var (type, error) = ContentTypeCheck.Check(new Uri(url), declared, Encoding.UTF8.GetBytes(body));

        Assert.Multiple(() =>
        {
            if (expectedError is null)
            {
                Assert.That(error, Is.Null);
                Assert.That(type, Is.EqualTo(expectedType));
            }
            else
            {
                Assert.That(error?.Code, Is.EqualTo(expectedError));
            }
        });
    }

    [Test]
    public void Check_PdfHeaderAfterJunkWithinFirstKilobyte_IsAPdf()
    {
        // PDF readers accept %PDF- anywhere in the first 1,024 bytes; the fetcher and the parser read the same bytes alike.
        var bytes = Encoding.ASCII.GetBytes(new string(' ', 600) + PdfBytes);

        var (type, error) = ContentTypeCheck.Check(new Uri("https://x.org/report.pdf"), "application/pdf", bytes);

        Assert.Multiple(() =>
        {
            Assert.That(error, Is.Null);
            Assert.That(type, Is.EqualTo("application/pdf"));
        });
    }

    [Test]
    public void Check_BinaryDeclaredAsHtml_Fails()
    {
        var (_, error) = ContentTypeCheck.Check(new Uri("https://x.org/a/"), "text/html", [0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]);

        Assert.That(error?.Code, Is.EqualTo(FetchErrors.ContentMismatch));
    }
}
