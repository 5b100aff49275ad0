using TextMiner.Fetching.Discovery;

namespace TextMiner.Fetching.Tests.Discovery;

[TestFixture]
public sealed class UrlMapperTests
{
    private static readonly Uri Origin = new("https://www.justiceinspectorates.gov.uk/");
    private static readonly Uri Page = new("https://www.justiceinspectorates.gov.uk/hmiprobation/inspections/x/");

    [TestCase("/hmiprobation/a/", "https://www.justiceinspectorates.gov.uk/hmiprobation/a/")]
    [TestCase("report.pdf", "https://www.justiceinspectorates.gov.uk/hmiprobation/inspections/x/report.pdf")]
    [TestCase("http://justiceinspectorates.gov.uk/hmiprobation/a/", "https://www.justiceinspectorates.gov.uk/hmiprobation/a/")]
    [TestCase("https://www.justiceinspectorates.gov.uk/hmiprobation/a/#top", "https://www.justiceinspectorates.gov.uk/hmiprobation/a/")]
    [TestCase("http://127.0.0.1:5000/archive/hmiprobation/a/?paged=2", "https://www.justiceinspectorates.gov.uk/hmiprobation/a/?paged=2")]
    [TestCase("https://twitter.com/hmiprobation", "https://twitter.com/hmiprobation")]
    public void Resolve_Links_AreCanonical(string href, string expected)
    {
        var mapper = new UrlMapper(Origin, new Uri("http://127.0.0.1:5000/archive/"));

        Assert.That(mapper.Resolve(href, Page)?.AbsoluteUri, Is.EqualTo(expected));
    }

    [TestCase("mailto:info@example.org")]
    [TestCase("#top")]
    [TestCase("javascript:void(0)")]
    public void Resolve_NotAWebLink_GivesNull(string href) =>
        Assert.That(new UrlMapper(Origin, null).Resolve(href, Page), Is.Null);

    [TestCase(null, "https://www.justiceinspectorates.gov.uk/hmiprobation/a/?paged=2")]
    [TestCase("http://127.0.0.1:5000", "http://127.0.0.1:5000/hmiprobation/a/?paged=2")]
    [TestCase("http://127.0.0.1:5000/archive/", "http://127.0.0.1:5000/archive/hmiprobation/a/?paged=2")]
    public void ToFetch_BaseUrl_ChangesOnlyTheOrigin(string? baseUrl, string expected)
    {
        var mapper = new UrlMapper(Origin, baseUrl is null ? null : new Uri(baseUrl));

        Assert.That(mapper.ToFetch(new Uri("https://www.justiceinspectorates.gov.uk/hmiprobation/a/?paged=2")).AbsoluteUri, Is.EqualTo(expected));
    }

    [TestCase(null, "https://justiceinspectorates.gov.uk/hmiprobation/a/", "https://justiceinspectorates.gov.uk/hmiprobation/a/")]
    [TestCase(null, "http://www.justiceinspectorates.gov.uk/hmiprobation/a/", "http://www.justiceinspectorates.gov.uk/hmiprobation/a/")]
    [TestCase(null, "https://intranet.example.org/admin/", null)]
    [TestCase("http://127.0.0.1:5000/", "https://www.justiceinspectorates.gov.uk/hmiprobation/b/", "http://127.0.0.1:5000/hmiprobation/b/")]
    [TestCase("http://127.0.0.1:5000/", "http://127.0.0.1:5000/hmiprobation/b/", "http://127.0.0.1:5000/hmiprobation/b/")]
    [TestCase("http://127.0.0.1:5000/", "http://127.0.0.1:6000/admin/", null)]
    public void FollowRedirect_StaysOnTheSourceOrItsMirror(string? baseUrl, string target, string? expected) =>
        Assert.That(new UrlMapper(Origin, baseUrl is null ? null : new Uri(baseUrl)).FollowRedirect(new Uri(target))?.AbsoluteUri, Is.EqualTo(expected));
}
