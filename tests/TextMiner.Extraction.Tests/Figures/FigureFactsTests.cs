namespace TextMiner.Extraction.Tests.Figures;

/// <summary>One record per fact: the same figure for the same subject, stated again in another paragraph, is one record.</summary>
public sealed class FigureFactsTests
{
    [Test]
    public void Extract_SameFigureInHeadlineParagraphAndBody_IsOneRecordWithTheBodyEvidence()
    {
        var figures = TestDocuments.Extract(
            "Inspectors find 210 vacancies in the Northshire division.",
            "When we inspected, the Northshire division had 210 vacancies, most of them for qualified officers.").Figures;

        Assert.Multiple(() =>
        {
            Assert.That(figures, Has.Count.EqualTo(1));
            Assert.That(figures[0].Evidence.Paragraph, Is.EqualTo(1));
        });
    }

    [Test]
    public void Extract_SameValueForDifferentSubjects_IsTwoRecords()
    {
        var figures = TestDocuments.Extract("The Northshire division had 210 vacancies.", "The Southmoor division had 210 vacancies.").Figures;

        Assert.That(figures.Select(f => f.Subject), Is.EqualTo(new[] { "Northshire division", "Southmoor division" }));
    }

    [Test]
    public void Extract_SameValueTwiceInOneParagraph_IsTwoRecords()
    {
        var figures = TestDocuments.Extract("Officers in the north team were holding 60 cases each, and officers in the south team were holding 60 cases each.").Figures;

        Assert.That(figures.Select(f => f.Value), Is.EqualTo(new[] { 60.0, 60.0 }));
    }
}
