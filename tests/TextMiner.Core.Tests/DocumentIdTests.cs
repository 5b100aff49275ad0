using TextMiner.Core;

namespace TextMiner.Core.Tests;

public sealed class DocumentIdTests
{
    [TestCase("https://www.justiceinspectorates.gov.uk/hmiprobation/inspections/london/", "http://justiceinspectorates.gov.uk/hmiprobation/inspections/london")]
    [TestCase("https://www.napo.org.uk/news?page=2", "http://napo.org.uk/news?page=2")]
    [TestCase("https://hmiprobation.justiceinspectorates.gov.uk/document/x#top", "https://hmiprobation.justiceinspectorates.gov.uk/document/x")]
    public void For_SameDocumentUnderOtherSchemeOrWww_SameId(string a, string b) =>
        Assert.That(DocumentId.For(a), Is.EqualTo(DocumentId.For(b)));

    [Test]
    public void For_DifferentPaths_DifferentIds() =>
        Assert.That(DocumentId.For("https://www.napo.org.uk/news/a"), Is.Not.EqualTo(DocumentId.For("https://www.napo.org.uk/news/b")));

    [Test]
    public void For_LocalPath_IsHexOfSixteen() =>
        Assert.That(DocumentId.For("corpus/seeds/a.txt"), Does.Match("^[0-9a-f]{16}$"));
}
