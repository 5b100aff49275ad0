namespace TextMiner.Extraction.Tests.Quotes;

/// <summary>
/// Feature and news constructions where the speaker is not beside the quote: pronouns along the chain of speakers,
/// roles named once and referred to later, the antecedent of "who said", a dash sign-off, "another" after "one".
/// </summary>
public sealed class SpeakerChainTests
{
    [Test]
    public void Extract_SheSaidAfterAManSpoke_ReachesBackToTheWoman()
    {
        var quotes = TestDocuments.Extract(
            "Probation officer Imogen Sallow and her manager, Bartholomew Keech, have worked together in Ludham for years.\n\n"
            + "“Some weeks I see twenty people in two days and write the reports at night,” Sallow said.\n\n"
            + "Mr Keech agrees the pressure is relentless. “I spend half my week covering for vacant posts,” he said.\n\n"
            + "“We need more than warm words from ministers this time,” she said.").Quotes;

        Assert.That(quotes.Select(q => q.Speaker), Is.EqualTo(new[] { "Imogen Sallow", "Bartholomew Keech", "Imogen Sallow" }));
    }

    [Test]
    public void Extract_HeSaidWithAWomanNamedLast_SkipsHerForTheManInView()
    {
        var quotes = TestDocuments.Extract(
            "Mr Anselm Fairweather, the regional director, met Ms Petra Lindqvist of the union on Tuesday.\n\n"
            + "“We will publish a workforce plan for the region before the summer,” he said.").Quotes;

        Assert.That(quotes.Single().Speaker, Is.EqualTo("Anselm Fairweather"));
    }

    [Test]
    public void Extract_ShortRoleNamedInFullLater_TheRoleResolvesToItsHolder()
    {
        var quotes = TestDocuments.Extract(
            "The union’s branch secretary, Idris Pengelly, who supervises 55 people in Poole, said: “I have colleagues off sick with stress every single month.”\n\n"
            + "“Nobody should have to work like this for so long,” the branch secretary said.").Quotes;

        Assert.That(quotes.Select(q => q.Speaker), Is.EqualTo(new[] { "Idris Pengelly", "Idris Pengelly" }));
    }

    [Test]
    public void Extract_TheUnionSaid_IsNotTheUnionsSecretary()
    {
        var quotes = TestDocuments.Extract(
            "The union’s branch secretary, Idris Pengelly, spoke first at the meeting.\n\n"
            + "“We cannot go on like this and we will ballot our members,” the union said.").Quotes;

        Assert.That(quotes.Single().Speaker, Is.EqualTo("the union"));
    }

    [Test]
    public void Extract_RelativeWhoBeforeTheVerb_TheAntecedentSpeaks()
    {
        var quote = TestDocuments.Extract(
            "The meeting heard from Rosalind Threlkeld, a senior practitioner, who said that managers “simply do not have the staff to cover the work”.").Quotes.Single();

        Assert.That(quote.Speaker, Is.EqualTo("Rosalind Threlkeld"));
    }

    [Test]
    public void Extract_DashAndNameAfterTheQuoteInTheSameParagraph_IsTheSpeaker()
    {
        var quote = TestDocuments.Extract("“We are not asking for the moon, just for caseloads we can manage.” – Delphine Markby, branch chair.").Quotes.Single();

        Assert.Multiple(() =>
        {
            Assert.That(quote.Speaker, Is.EqualTo("Delphine Markby"));
            Assert.That(quote.Role, Is.EqualTo("branch chair"));
        });
    }

    [Test]
    public void Extract_AnotherAfterOne_IsAnotherOfTheSameKind()
    {
        var quotes = TestDocuments.Extract(
            "One practitioner told inspectors: “I have had no specific training in domestic abuse since I qualified.”\n\n"
            + "Another said: “We are expected to manage these cases on top of everything else.”").Quotes;

        Assert.That(quotes.Select(q => q.Speaker), Is.EqualTo(new[] { "one practitioner", "another practitioner" }));
    }

    [Test]
    public void Extract_PassiveVerdictWithAgentAfterTheQuote_SpeakerIsTheAgent()
    {
        var quote = TestDocuments.Extract("The reforms have been described as “a costly mistake that left the service weaker than before” by MPs.").Quotes.Single();

        Assert.That(quote.Speaker, Is.EqualTo("MPs"));
    }

    [Test]
    public void Extract_SoSaysAfterTheQuote_NamesTheSpeaker()
    {
        var quote = TestDocuments.Extract(
            "“This is the most damning report I have read in my career.” So says Winifred Ashdown, a retired senior probation officer.").Quotes.Single();

        Assert.That(quote.Speaker, Is.EqualTo("Winifred Ashdown"));
    }

    [TestCase("Probation staff are “at breaking point because of caseloads nobody can manage”, the union Napo has warned.", "Napo")]
    [TestCase("The probation watchdog HMIP said the service was “still short of thousands of qualified officers”.", "HMIP")]
    public void Extract_DescriptionThenTheBodysName_SpeakerIsTheName(string paragraph, string speaker)
    {
        var quote = TestDocuments.Extract(paragraph).Quotes.Single();

        Assert.That(quote.Speaker, Is.EqualTo(speaker));
    }

    [Test]
    public void Extract_SingleQuoteInTextRunTogether_ClosesBeforeTheCapital()
    {
        var quotes = TestDocuments.Extract(
            "Probation: ‘Not enough staff and far too many cases to manage’Responding to the findings, a probation officer told the paper: “The staffing position is far worse than people realise.”").Quotes;

        Assert.That(quotes.Select(q => q.Speaker), Has.Member("a probation officer"));
    }
}
