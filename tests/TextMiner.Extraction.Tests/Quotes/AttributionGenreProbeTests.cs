namespace TextMiner.Extraction.Tests.Quotes;

/// <summary>
/// Genre probes for speakers: invented press-release, union-news, council and newspaper attributions. A speaker is a
/// name, a role or an organisation; a name and a role together give the name; later surname, pronoun and role mentions
/// resolve to the full name given earlier, across paragraphs.
/// </summary>
public sealed class AttributionGenreProbeTests
{
    private static readonly TestCaseData[] Probes =
    [
        new(new[] { "Aisha Penrose, director of operations at the Kestrel Trust, said: “We are pleased with the progress made this year.”" }, new[] { "Aisha Penrose" }),
        new(new[] { "“We are pleased with the progress made this year,” said Aisha Penrose, director of operations at the Kestrel Trust." }, new[] { "Aisha Penrose" }),
        new(new[] { "“This is a worrying report for everyone in the service,” said a spokesperson for the union." }, new[] { "a spokesperson for the union" }),
        new(new[] { "Despite the warnings, “the service has not improved in any of the areas we looked at”, according to the report." }, new[] { "the report" }),
        new(new[] { "“We will study the findings carefully before we respond,” the inspectorate said." }, new[] { "the inspectorate" }),
        new(new[] { "“Probation staff work incredibly hard in difficult circumstances,” the Ministry of Justice said." }, new[] { "Ministry of Justice" }),
        new(new[] { "Despite the improvements, Ms Rowan Fleet said: “There is still a long way to go before this service is safe.”" }, new[] { "Rowan Fleet" }),
        new(new[] { "In Bristol, the branch secretary said: “Our members are working late every night just to keep up with the work.”" }, new[] { "the branch secretary" }),

        // Surname, pronoun and role mentions across paragraphs.
        new(new[] { "Chief Inspector Martin Oduya said: “Leaders have a clear vision for the service.”", "“They now need to make sure staff have the time to do the work,” he added.", "“Caseloads remain far too high for anyone to manage,” Mr Oduya said." },
            new[] { "Martin Oduya", "Martin Oduya", "Martin Oduya" }),
        new(new[] { "Napo general secretary Owen Tarrant said the union was angry.", "“The government has ignored warning after warning about staffing levels,” the general secretary said." }, new[] { "Owen Tarrant" }),
        new(new[] { "Mark Fenn and Lucy Harte run the unit’s victim team.", "“We speak to every victim within a week of sentencing,” said Ms Harte." }, new[] { "Lucy Harte" }),
        new(new[] { "“The service we provide has improved hugely over the past two years,” Mrs Okafor told councillors.", "Linda Okafor is the head of the youth justice service." }, new[] { "Linda Okafor" }),
        new(new[] { "Kemi Adeleke explained why she had decided to leave.", "“I could not keep doing a job where I felt I was letting people down every day,” she said." }, new[] { "Kemi Adeleke" }),

        // Appositions with asides, titles and lone names after a title.
        new(new[] { "Cllr Maria Dorsey (Labour), cabinet member for children, said: “This shows what our staff can achieve when they are supported.”" }, new[] { "Maria Dorsey" }),
        new(new[] { "“It is simply not safe to carry on like this any longer,” warned the union’s assistant general secretary, Kim Loh." }, new[] { "Kim Loh" }),
        new(new[] { "The minister, Lord Tenby, said: “We are committed to recruiting the staff that probation needs.”" }, new[] { "Tenby" }),
        new(new[] { "Farley City Council’s executive member for children, Joan Pettigrew, said: “We are delighted that our work has been recognised.”" }, new[] { "Joan Pettigrew" }),
        new(new[] { "Wexmoor Police’s assistant chief constable, Helena Barrow, said the force “works closely with probation every single day”." }, new[] { "Helena Barrow" }),
        // Multi-part appositions before a lead-in without a speech verb.
        new(new[] { "Nikko Varga, Napo co-chair, Prisons Section, put the problem down to: “The way managers use the absence policy is grinding people down.”" }, new[] { "Nikko Varga" }),
        new(new[] { "Rhiannon Pask, Unison branch secretary, North Wales Health, blamed the problem on: “Years of cuts that nobody in charge will own up to.”" }, new[] { "Rhiannon Pask" }),
        new(new[] { "Last month, Omar Fell, a senior probation officer, Kent, summed it up: “We are firefighting every single day of the week.”" }, new[] { "Omar Fell" }),

        // Groups named after their organisation, and documents as speakers.
        new(new[] { "HM Inspectorate of Probation inspectors said the unit was “a model for others to follow in future”." }, new[] { "inspectors" }),
        new(new[] { "Napo members said the office was “no longer a safe place for anyone to work in”." }, new[] { "members" }),
        new(new[] { "The inspectorate’s report said leaders had “lost sight of the basics of good supervision”." }, new[] { "the report" }),
        new(new[] { "The council’s latest report drew attention to “a shortage of qualified staff in every single team”." }, new[] { "the latest report" }),
        new(new[] { "The union backed the Public Accounts Committee report, which said it was “not convinced the plans will ever work as intended”." }, new[] { "Public Accounts Committee" }),
        new(new[] { "Chief Inspector Petra Lowe said staff were stretched.", "The watchdog’s annual report drew attention to “a shortage of qualified staff in every single team”." }, new[] { "the annual report" }),

        new(new[] { "Unison officials warned that staff were “leaving faster than the service can replace them”." }, new[] { "officials" }),
        new(new[] { "Team leaders are being urged to cut waiting times so that managers can “see where the pressure really falls each week”." }, new[] { (string?)null }),
        new(new[] { "The family said in a statement: “We will never get over what happened to our son.”" }, new[] { "the family" }),
        new(new[] { "Probation officers told us they were “exhausted, demoralised and ready to quit”." }, new[] { "probation officers" }),

        // Bodies as speakers: named in full, described after being named, and verbs joined to the one that has the subject.
        new(new[] { "Farley City Council said it would “review every placement in the borough before the summer”." }, new[] { "Farley City Council" }),
        new(new[] { "The Penal Justice Trust said the figures were “deeply worrying for everyone who works in probation”." }, new[] { "Penal Justice Trust" }),
        new(new[] { "The Youth Justice Board said it had “written to every service about the new funding”." }, new[] { "Youth Justice Board" }),
        new(new[] { "Brackley Community Rehabilitation Company said: “We will protect front-line posts wherever we can.”" }, new[] { "Brackley Community Rehabilitation Company" }),
        new(new[] { "Napo says Carrow Justice, the contractor, has told it that 40% of posts will go.", "The company said it was still consulting but expected “fewer posts to be lost than the numbers stated”." },
            new[] { "Carrow Justice" }),
        new(new[] { "Staff at Fenwick Ltd were told of the cuts on Monday.", "The firm said it had “no choice but to reduce the size of every team”." }, new[] { "Fenwick Ltd" }),
        new(new[] { "Members met officials from Dunmore Borough Council last week.", "The council later said that it was “committed to keeping the office open for now”." }, new[] { "Dunmore Borough Council" }),
        new(new[] { "The council said it was still consulting but expected “fewer posts to be lost than the numbers stated”." }, new[] { "the council" }),
        new(new[] { "Napo said it was still consulting members but expected “a long dispute over pay and workloads”." }, new[] { "Napo" }),
        new(new[] { "Inspectors said the service had improved but warned that “too many cases still lack a plan to manage risk”." }, new[] { "inspectors" }),
        new(new[] { "Tom Ashdown said he had written to staff and promised “no compulsory redundancies this year or next”." }, new[] { "Tom Ashdown" }),
        new(new[] { "However Napo said the plan was “unworkable for staff already carrying high caseloads”." }, new[] { "Napo" }),
        new(new[] { "The Chief Inspector said: “Progress is too slow in too many of the areas we inspected.”" }, new[] { "the chief inspector" }),
        new(new[] { "The Inspectorate said: “Progress is far too slow in many of the areas we inspected.”" }, new[] { "the inspectorate" }),

        // Concern voiced as a reporting verb: its subject speaks, never the clause around it.
        new(new[] { "The committee expressed concern that “the service is still not recruiting fast enough to replace leavers”." }, new[] { "the committee" }),
        new(new[] { "Napo raised concerns about “the pace of change and the lack of any real consultation with staff”." }, new[] { "Napo" }),
        new(new[] { "Inspectors voiced fears that “too many people on probation are slipping through the net every month”." }, new[] { "inspectors" }),
        new(new[] { "Sarah Pike raised serious concerns over “caseloads that no officer could reasonably be expected to carry”." }, new[] { "Sarah Pike" }),
        new(new[] { "Governors sounded the alarm over “a system that is running out of both staff and space”." }, new[] { "governors" }),

        // A role whose capitals come first, then the name: the name at the end speaks.
        new(new[] { "Farley Youth Justice Service head Ruth Allam said: “We are proud of what our staff have achieved this year.”" }, new[] { "Ruth Allam" }),
        new(new[] { "Kestrel Trust chief executive Omar Siddiq said the report was “a wake-up call for the whole system”." }, new[] { "Omar Siddiq" }),
        new(new[] { "North Wexmoor Probation Delivery Unit head Jane Corby told inspectors: “We know there is more to do on risk.”" }, new[] { "Jane Corby" }),
        new(new[] { "Mark Fenn, Lucy Harte’s deputy, said: “The office has been short of staff since the spring.”" }, new[] { "Mark Fenn" }),

        new(new[] { "Farley City Council was found to have done “not enough to keep children in its care safe from harm”." }, new[] { (string?)null }),
        new(new[] { "The Penal Justice Trust report described “a service stretched well beyond what it can safely deliver”." }, new[] { "Penal Justice Trust" }),

        new(new[] { "There are, in the words of one manager, “simply not enough hours in the day to do this job properly”." }, new[] { "one manager" }),
    ];

    [TestCaseSource(nameof(Probes))]
    public void Extract_GenreProbe_AttributesEachQuote(string[] paragraphs, string[] speakers)
    {
        var quotes = TestDocuments.Extract(paragraphs).Quotes;

        Assert.That(quotes.Select(q => q.Speaker), Is.EqualTo(speakers).Using<string?>((a, b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase)));
    }

    [TestCase("The Ministry of Justice said: “We are recruiting more probation officers than ever before.”", "Ministry of Justice", "Ministry of Justice")]
    [TestCase("Napo said: “We expect a long dispute over pay unless the offer improves.”", "Napo", "Napo")]
    [TestCase("HMPPS said: “Recruitment is at record levels across every region.”", "HMPPS", "HM Prison and Probation Service")]
    [TestCase("The Penal Justice Trust said: “These figures are deeply worrying for everyone in probation.”", "Penal Justice Trust", "Penal Justice Trust")]
    public void Extract_BodyAsSpeaker_KeepsItsOwnNameAndHasNoRole(string paragraph, string speaker, string organisation)
    {
        var quote = TestDocuments.Extract(paragraph).Quotes.Single();

        Assert.That((quote.Speaker, quote.Role, quote.Organisation), Is.EqualTo((speaker, (string?)null, organisation)));
    }

    [TestCase("Labour’s shadow justice secretary, Priya Kaur, said the figures were “a damning indictment of this government”.")]
    [TestCase("Shadow prisons minister Tom Ridley said: “The minister must explain why these posts are still empty.”")]
    public void Extract_ShadowMinister_IsNotOfTheMinistry(string paragraph)
    {
        var quote = TestDocuments.Extract(paragraph).Quotes.Single();

        Assert.Multiple(() =>
        {
            Assert.That(quote.Speaker, Is.AnyOf("Priya Kaur", "Tom Ridley"));
            Assert.That(quote.Organisation, Is.Null);
        });
    }

    [Test]
    public void Extract_PersonSpeakingForABody_IsARoleInLowerCase()
    {
        var quote = TestDocuments.Extract("A Ministry of Justice spokesperson said: “We are recruiting more probation officers than ever before.”").Quotes.Single();

        Assert.That((quote.Speaker, quote.Organisation), Is.EqualTo(("a ministry of justice spokesperson", "Ministry of Justice")));
    }

    [Test]
    public void Extract_RoleMentionResolvedToName_KeepsTheRoleGivenEarlier()
    {
        var quote = TestDocuments.Extract(
            "Napo general secretary Owen Tarrant said the union was angry.",
            "“The government has ignored warning after warning about staffing levels,” the general secretary said.").Quotes.Single();

        Assert.That(quote.Role, Does.Contain("general secretary"));
    }
}
