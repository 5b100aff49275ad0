using TextMiner.Search.Indexing;

namespace TextMiner.Search.Tests.Indexing;

/// <summary>The shared fields of a document survive their doc-value encoding whatever characters they hold.</summary>
public sealed class DocumentFieldsTests
{
    [Test]
    public void EncodeThenDecode_AnyCharactersAndSeveralLocations_GivesTheSameFields()
    {
        var fields = new DocumentFields(
            "doc-1", "Title with \u001f unit separator, \n a newline and \u00e9\u4e2d", "hmip", "inspection-report",
            "https://example.org/a?b=c", ["/data/other.pdf", string.Empty, "third \u001e place"], new DateOnly(2024, 2, 29));

        var decoded = DocumentFields.Decode(fields.Encode());

        Assert.Multiple(() =>
        {
            Assert.That(decoded with { OtherLocations = [] }, Is.EqualTo(fields with { OtherLocations = [] }));
            Assert.That(decoded.OtherLocations, Is.EqualTo(fields.OtherLocations));
        });
    }

    [Test]
    public void EncodeThenDecode_NoDateNoOtherLocations_GivesNullAndEmpty()
    {
        var fields = new DocumentFields("d", string.Empty, "napo", "news", "/x.txt", [], null);

        var decoded = DocumentFields.Decode(fields.Encode());

        Assert.Multiple(() =>
        {
            Assert.That(decoded.Published, Is.Null);
            Assert.That(decoded.OtherLocations, Is.Empty);
            Assert.That(decoded.Location, Is.EqualTo("/x.txt"));
        });
    }
}
