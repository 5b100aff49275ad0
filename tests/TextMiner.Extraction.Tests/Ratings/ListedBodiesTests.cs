namespace TextMiner.Extraction.Tests.Ratings;

/// <summary>Named bodies sharing one grade: one overall rating each.</summary>
public sealed class ListedBodiesTests
{
    [TestCase("Kelby PDU and Ashford PDU were rated ‘Inadequate’.", "Kelby PDU", "Ashford PDU")]
    [TestCase("The Kelby, Ashford and Barrow PDUs have all been rated as ‘Inadequate’.", "Kelby PDU", "Ashford PDU", "Barrow PDU")]
    [TestCase("Inspectors said that Kelby and Ashford YOTs were both rated Inadequate in the spring.", "Kelby YOT", "Ashford YOT")]
    public void Extract_BodiesSharingAGrade_GivesEachBodyItsOverallRating(string sentence, params string[] bodies)
    {
        var ratings = TestDocuments.Extract(sentence).Ratings;

        Assert.That(ratings.Select(r => $"{r.Subject}: {r.Value} ({r.Aspect})"), Is.EquivalentTo(bodies.Select(b => $"{b}: Inadequate (overall)")));
    }

    [Test]
    public void Extract_DomainsSharingAGrade_AreNotBodies()
    {
        var ratings = TestDocuments.Extract("Leadership and Staff were rated ‘Good’.").Ratings;

        Assert.That(ratings.Select(r => r.Aspect), Has.None.EqualTo("overall"));
    }
}
