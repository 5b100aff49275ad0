namespace TextMiner.Core.Tests;

public sealed class DocumentIdCanonicalTests
{
    [TestCase("https://WWW.Napo.org.uk/News/?page=2#x", "napo.org.uk/news?page=2")]
    [TestCase("http://example.org/", "example.org")]
    [TestCase("https://example.org/a/b/", "example.org/a/b")]
    public void Canonical_Url_HostPathAndQueryInLowerCase(string url, string expected) =>
        Assert.That(DocumentId.Canonical(url), Is.EqualTo(expected));

    [Test]
    public void Canonical_LocalPath_IsTheFullPath() =>
        Assert.That(DocumentId.Canonical("corpus/seeds/a.txt"), Is.EqualTo(Path.GetFullPath("corpus/seeds/a.txt")));

    [Test]
    public void Canonical_OtherScheme_TreatedAsAPath() =>
        Assert.That(DocumentId.Canonical("ftp://example.org/a"), Is.EqualTo(Path.GetFullPath("ftp://example.org/a")));

    [Test]
    public void For_IsTheFirstSixteenHexOfTheCanonicalFormsHash() =>
        Assert.That(
            DocumentId.For("https://www.example.org/x/"),
            Is.EqualTo(ContentHash.Sha256Hex(System.Text.Encoding.UTF8.GetBytes("example.org/x"))[..16]));
}
