using TextMiner.Evaluation.Classification;

namespace TextMiner.Classification.Tests.Evaluation;

public sealed class KeywordBaselineTests
{
    [TestCase("The Victim Contact Scheme was well run.", new[] { "victim-contact" })]
    [TestCase("There were 45 VACANCIES in the division.", new[] { "staffing" })]
    [TestCase("Caseloads and stress are rising.", new[] { "workload" })]
    [TestCase("The CRC contract ends in June.", new[] { "privatisation" })]
    [TestCase("Members voted for industrial action over pay.", new[] { "pay-and-conditions" })]
    [TestCase("Pre-sentence reports were timely.", new[] { "court-work" })]
    [TestCase("A payment was made.", new string[0])]
    [TestCase("", new string[0])]
    public void Classify_Table_MatchesKeywordsAtWordStarts(string text, string[] expected)
    {
        var labels = new KeywordBaseline().Classify([text])[0].Select(t => t.Label);

        Assert.That(labels, Is.EquivalentTo(expected));
    }
}
