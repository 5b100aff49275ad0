using TextMiner.Extraction.Catalogue;

namespace TextMiner.Extraction.Tests.Quotes;

/// <summary>Speakers are names, roles or organisations; every quote names the rule that attributed it and how sure it is.</summary>
public sealed class QuoteAttributionTests
{
    [Test]
    public void Extract_NameAndRoleInApposition_SpeakerIsTheNameAndRoleFillsRole()
    {
        var quote = TestDocuments.Extract("“The division has lost a third of its experienced officers,” Ferdinand Aske, director of operations at HM Inspectorate of Probation, said.").Quotes.Single();

        Assert.Multiple(() =>
        {
            Assert.That(quote.Speaker, Is.EqualTo("Ferdinand Aske"));
            Assert.That(quote.Role, Does.StartWith("director of operations"));
            Assert.That(quote.Rule, Is.EqualTo("quotes.said.after-quote"));
            Assert.That(quote.Confidence, Is.EqualTo(QuoteCatalogue.Find("quotes.said.after-quote")!.Confidence));
        });
    }

    [TestCase("Consequently, ‘some officers are holding far more cases than the model allows’, with supervision suffering.")]
    [TestCase("Nevertheless, the visit raised worries about ‘too little attention being paid to safeguarding at the start of orders’.")]
    [TestCase("Merseyside Community Rehabilitation Company was found to have done “not enough work to identify and manage the risk of harm”.")]
    public void Extract_SentenceOpeningWord_IsNeverTheSpeaker(string paragraph)
    {
        var quote = TestDocuments.Extract(paragraph).Quotes.Single();

        Assert.That(quote.Speaker, Is.Null);
    }

    [Test]
    public void Extract_PersonalPronoun_SkipsAReportInViewForThePersonNamedBefore()
    {
        var quotes = TestDocuments.Extract(
            "Wilma Strand took over as head of the Carlow office last spring.\n\nThe office supervises people across the county.\n\nThe inspection found that caseloads remained high.\n\n“We have a clear plan and we are already seeing results,” she said.").Quotes;

        Assert.That(quotes.Single().Speaker, Is.EqualTo("Wilma Strand"));
    }

    [Test]
    public void Extract_PersonalPronoun_ResolvesToASpokespersonForABody()
    {
        var quotes = TestDocuments.Extract(
            "A spokesperson for the Ministry of Justice said the contracts would end next year. “This will mean a simpler and steadier system for everyone,” she said.").Quotes;

        Assert.That(quotes.Single().Speaker, Is.EqualTo("a spokesperson for the ministry of justice"));
    }

    [Test]
    public void Extract_RoleThenTitledSurname_SpeakerIsTheName()
    {
        var quote = TestDocuments.Extract("Justice minister Lord Tavener said the government would “look carefully at every recommendation in the report”.").Quotes.Single();

        Assert.That(quote.Speaker, Is.EqualTo("Tavener"));
    }

    [Test]
    public void Extract_DashSignOffWithLongRole_SpeakerIsTheName()
    {
        var quote = TestDocuments.Extract("“We see the same women come back again and again because nothing changes.”\n\n– Harriet Quillon, manager of the Dunmore women’s centre").Quotes.Single();

        Assert.Multiple(() =>
        {
            Assert.That(quote.Speaker, Is.EqualTo("Harriet Quillon"));
            Assert.That(quote.Rule, Is.EqualTo("quotes.sign-off"));
        });
    }

    [Test]
    public void Extract_LowerCaseRoleThenNameInApposition_RoleResolvesToTheName()
    {
        var quote = TestDocuments.Extract(
            "The chief executive of the trust, Sara Bellweather, spoke to reporters.\n\nThe trust covers the whole county.\n\nThe chief executive said: “We have a clear plan and we are already seeing results.”").Quotes.Single();

        Assert.That(quote.Speaker, Is.EqualTo("Sara Bellweather"));
    }

    [Test]
    public void Extract_RoleOnlySpeakerWithCapitals_IsTheRoleInLowerCase()
    {
        var quote = TestDocuments.Extract("One PO in Essex said: “We are holding cases nobody has looked at for months.”").Quotes.Single();

        Assert.That(quote.Speaker, Is.EqualTo("one po in essex"));
    }

    [Test]
    public void Extract_TagEndingTheSentence_AttributesTheQuoteInside()
    {
        var quote = TestDocuments.Extract("- Still has “a long road to travel before caseloads are manageable” in most teams, the report said").Quotes.Single();

        Assert.That(quote.Speaker, Is.EqualTo("the report"));
    }

    [Test]
    public void Extract_VerdictInThePassive_SpeakerIsTheAgent()
    {
        var quote = TestDocuments.Extract("The Durham service was judged by inspectors to have done “too little to protect children at risk of harm”.").Quotes.Single();

        Assert.That(quote.Speaker, Is.EqualTo("inspectors"));
    }

    [Test]
    public void Extract_InTheWordsOf_SpeakerIsTheRole()
    {
        var quote = TestDocuments.Extract("This cannot go on, in the words of one PBNI member: “It is like working inside a pressure cooker every day.”").Quotes.Single();

        Assert.That(quote.Speaker, Is.EqualTo("one pbni member"));
    }

    [Test]
    public void Extract_RoleWithPlaceAfterSpeechVerb_KeepsThePlace()
    {
        var quote = TestDocuments.Extract("“I have no time at all to reflect on my practice any more,” explained a member in the NPS.").Quotes.Single();

        Assert.That(quote.Speaker, Is.EqualTo("a member in the nps"));
    }

    [Test]
    public void Extract_PronounResolved_LowerConfidenceThanANamedSpeaker()
    {
        var quotes = TestDocuments.Extract(
            "Ottilie Marchbank, a senior probation officer in Kent, said: “My team has lost four officers since the spring.”",
            "Her union has raised the matter with the regional director.",
            "“I have never seen so many newly qualified officers carrying such serious cases,” she said.").Quotes;

        Assert.Multiple(() =>
        {
            Assert.That(quotes.Select(q => q.Speaker), Is.All.EqualTo("Ottilie Marchbank"));
            Assert.That(quotes.Select(q => q.Rule), Is.EqualTo(new[] { "quotes.said.before-quote", "quotes.pronoun.resolved" }));
            Assert.That(quotes[1].Confidence, Is.LessThan(quotes[0].Confidence));
        });
    }

    [Test]
    public void Extract_QuoteContinuedInUnmarkedParagraphs_IsOneQuoteUpToItsClosingMark()
    {
        var quotes = TestDocuments.Extract(
            "Responding to the report, Lucinda Varley, Napo’s national chair, said:",
            "\"Suicide is a complex matter and those we supervise are among the most vulnerable people in society.",
            "Supporting a person with little hope for the future is skilled work that needs real resources.",
            "Every day staff go to work knowing they cannot always do what is needed.”",
            "The report makes eleven recommendations.").Quotes;

        Assert.Multiple(() =>
        {
            Assert.That(quotes.Single().Text, Does.StartWith("Suicide is a complex matter").And.EndWith("what is needed."));
            Assert.That(quotes.Single().Speaker, Is.EqualTo("Lucinda Varley"));
            Assert.That(quotes.Single().SpansParagraphs, Is.True);
        });
    }

    [Test]
    public void Extract_QuoteStillOpenWhereThePageEnds_IsLeftOut()
    {
        var quotes = TestDocuments.Extract(
            "Ines Varga said: “We have recruited well this year and the teams are stronger.”",
            "Mr Halloran added: “Though the overall rating is disappointing, staff should be proud of much of what they do.").Quotes;

        Assert.That(quotes.Select(q => q.Text), Is.EqualTo(new[] { "We have recruited well this year and the teams are stronger." }));
    }

    [Test]
    public void Extract_QuoteOpeningWithANumber_IsAQuote()
    {
        var quote = TestDocuments.Extract("The Justice Secretary announced plans to recruit ‘1,400 new probation officers and bring in new technology’ next year.").Quotes.Single();

        Assert.That(quote.Text, Does.StartWith("1,400 new probation officers"));
    }
}
