namespace TextMiner.Extraction.Tests.Quotes;

public sealed class QuotePhrasingTests
{
    /// <summary>Paragraphs → expected quotes as "speaker: text".</summary>
    private static readonly TestCaseData[] Phrasings =
    [
        new(new[] { "Chief Inspector of Probation Dame Glenys Stacey said: “We have found work with victims to be good in other divisions.”" },
            new[] { "Glenys Stacey: We have found work with victims to be good in other divisions." }),
        new(new[] { "“The service is at breaking point and staff are exhausted,” said Ian Lawrence." },
            new[] { "Ian Lawrence: The service is at breaking point and staff are exhausted" }),
        new(new[] { "\"The service is at breaking point and staff are exhausted,\" Ian Lawrence said." },
            new[] { "Ian Lawrence: The service is at breaking point and staff are exhausted" }),
        new(new[] { "Ian Lawrence, General Secretary, said: ‘We will not accept a plan that ignores our members.’" },
            new[] { "Ian Lawrence: We will not accept a plan that ignores our members." }),
        new(new[] { "Staff are leaving in record numbers, according to Katie Lomas, who said the union had warned ministers: “This crisis did not come out of nowhere.”" },
            new[] { "Katie Lomas: This crisis did not come out of nowhere." }),
        new(new[] { "Justin Russell told reporters that officers were still failing to carry out ‘basic domestic violence and child safeguarding checks’ on offenders." },
            new[] { "Justin Russell: basic domestic violence and child safeguarding checks" }),
        new(new[] { "Napo Chair Katie Lomas set out the union’s position:", "“We need a workload cap and we need it now.”" },
            new[] { "Katie Lomas: We need a workload cap and we need it now." }),
        new(new[] { "Dame Glenys Stacey said: “At the time of inspection the division had more than 150 vacancies.", "“The national facilities management contract is failing to make repairs.”" },
            new[] { "Glenys Stacey: At the time of inspection the division had more than 150 vacancies. The national facilities management contract is failing to make repairs." }),
        new(new[] { "Ian Lawrence said: “Our members are doing their best,” he added, “but they cannot do the impossible every single day.”" },
            new[] { "Ian Lawrence: Our members are doing their best", "Ian Lawrence: but they cannot do the impossible every single day." }),
        new(new[] { "Chief Inspector of Probation Justin Russell published the report today.", "“Too many people are being supervised by staff who are overstretched,” the Chief Inspector said." },
            new[] { "Justin Russell: Too many people are being supervised by staff who are overstretched" }),
        new(new[] { "Napo’s General Secretary Ian Lawrence responded to the report.", "“This is a damning verdict on the government’s reforms,” Mr Lawrence said." },
            new[] { "Ian Lawrence: This is a damning verdict on the government’s reforms" }),
        new(new[] { "One NPS manager told the watchdog: ‘We are the poor relation in the criminal justice system.’" },
            new[] { "one nps manager: We are the poor relation in the criminal justice system." }),
        new(new[] { "Sunita Mistry, a senior officer, described the pressure. She said: ‘You can't supervise people safely when you're picking up three colleagues’ cases on top of your own.’" },
            new[] { "Sunita Mistry: You can't supervise people safely when you're picking up three colleagues’ cases on top of your own." }),
        new(new[] { "“We cannot go on like this any longer,” said Napo’s general secretary, Ian Lawrence." },
            new[] { "Ian Lawrence: We cannot go on like this any longer" }),
        new(new[] { "Napo’s National Official Dean Rogers described the findings as “a wake-up call for ministers who ignored the warnings”. He added: ‘We told them this would happen and it has.’" },
            new[] { "Dean Rogers: a wake-up call for ministers who ignored the warnings", "Dean Rogers: We told them this would happen and it has." }),
        new(new[] { "Probation officers told us they were “exhausted, demoralised and ready to quit”, and one officer said she had 'never seen it this bad in twenty-two years'." },
            new[] { "probation officers: exhausted, demoralised and ready to quit", "one officer: never seen it this bad in twenty-two years" }),
        new(new[] { "One officer in the North East said: “Nobody comes into this work for the money, that much is obvious.”" },
            new[] { "one officer in the north east: Nobody comes into this work for the money, that much is obvious." }),
        new(new[] { "“I spend my evenings writing letters to victims because there is no time,” said one VLO from the Midlands." },
            new[] { "one vlo from the midlands: I spend my evenings writing letters to victims because there is no time" }),
        new(new[] { "A PQiP in Yorkshire wrote: \"I was promised a protected caseload while training.\"" },
            new[] { "a pqip in yorkshire: I was promised a protected caseload while training." }),
        new(new[] { "A senior probation officer in Kent said his team was struggling. \"I have told my managers and I have put it in writing,\" he said." },
            new[] { "a senior probation officer in kent: I have told my managers and I have put it in writing" }),
        new(new[] { "A spokesman for the CRC said the company had recruited 22 new staff, adding: “We accept the inspectorate’s findings in full.”" },
            new[] { "a spokesman for the crc: We accept the inspectorate’s findings in full." }),
        new(new[] { "A Ministry of Justice spokesperson said: “We are recruiting record numbers of officers.”", "The spokesperson added: “Public protection is our number one priority.”" },
            new[] { "a ministry of justice spokesperson: We are recruiting record numbers of officers.", "a ministry of justice spokesperson: Public protection is our number one priority." }),
        new(new[] { "Ian Lawrence said: “We warned ministers about this years ago.”", "Dr Felicity Braddock, a criminologist at the University of Leicester, said the service had lost its most experienced staff.", "“The problem isn't just numbers, it is experience,” she said." },
            new[] { "Ian Lawrence: We warned ministers about this years ago.", "Felicity Braddock: The problem isn't just numbers, it is experience" }),
        new(new[] { "Ian Lawrence, general secretary of Napo, said that the report ‘vindicates what Napo has been saying’ for years. ‘It is not sustainable in its current form and our members know it,’ he said." },
            new[] { "Ian Lawrence: vindicates what Napo has been saying", "Ian Lawrence: It is not sustainable in its current form and our members know it" }),
        new(new[] { "As I said when I took up this post: “Probation is only as strong as the people who deliver it.”", "Martin Jones CBE HM Chief Inspector of Probation July 2025" },
            new[] { "Martin Jones: Probation is only as strong as the people who deliver it." }),
        new(new[] { "Rhiannon Pryce has worked in probation in Essex for 19 years.", "How would you describe your office right now?", "\"Officially we have no vacancies, and the people are exhausted.\"", "What has changed since the reunification?" },
            new[] { "Rhiannon Pryce: Officially we have no vacancies, and the people are exhausted." }),
        new(new[] { "Chris Atherton, who chairs the Kent, Surrey and Sussex branch, said: “Every week I speak to members who are in tears.”" },
            new[] { "Chris Atherton: Every week I speak to members who are in tears." }),
        new(new[] { "Moving the motion, Siobhan Garvey, a case manager from the Merseyside branch, told delegates: “I used to know every person on my list by name.”" },
            new[] { "Siobhan Garvey: I used to know every person on my list by name." }),
        new(new[] { "Asked whether Luton could be placed in special measures, Justin Russell said that was a matter for HMPPS, adding: “Our job is to say what we see.”" },
            new[] { "Justin Russell: Our job is to say what we see." }),
        new(new[] { "“We’re not asking for the moon, just time to see people.” That was the verdict of Lorna Kettle, a probation officer in Gateshead." },
            new[] { "Lorna Kettle: We’re not asking for the moon, just time to see people." }),
        new(new[] { "A PSO in Hartlepool told me her team had lost no staff. But she was clear why: “We’ve got a manager who says no to head office.”" },
            new[] { "a pso in hartlepool: We’ve got a manager who says no to head office." }),
        new(new[] { "This issue: Priya Ramanathan, a victim liaison officer in the West Midlands.", "What does a VLO actually do?", "“We keep victims informed about what is happening with the sentence.”" },
            new[] { "Priya Ramanathan: We keep victims informed about what is happening with the sentence." }),
        new(new[] { "I know this because the minister told the Justice Committee that \"recruitment is now running at record levels\"." },
            new[] { "the minister: recruitment is now running at record levels" }),
        new(new[] { "The chair of the management board, Councillor Rashida Okonkwo, was candid about the gaps: “We know this work has been the poor relation.”" },
            new[] { "Rashida Okonkwo: We know this work has been the poor relation." }),
        new(new[] { "Sarah, not her real name, has been a probation officer in Hull for eleven years.", "Now, she says, she dreads Monday mornings.", "“I’ve got 64 people on my caseload and no time to see them.”" },
            new[] { "Sarah: I’ve got 64 people on my caseload and no time to see them." }),
        new(new[] { "Dr Helen Marsh said the figures showed progress.", "The shadow justice minister was more blunt. Speaking in the Commons, he said that the government had “inherited a crisis and decided to manage it”." },
            new[] { "the shadow justice minister: inherited a crisis and decided to manage it" }),
        new(new[] { "The report found that \"some practitioners were holding caseloads of more than 80\"." },
            new[] { "the report: some practitioners were holding caseloads of more than 80" }),
        new(new[] { "Senior probation officers were sympathetic but overstretched. One told us: “I know exactly what I’m asking of them.”" },
            new[] { "one senior probation officer: I know exactly what I’m asking of them." }),
        new(new[] { "A PSO in Cardiff: “I'm a PSO and I've got 42 cases, a third of them high risk.”" },
            new[] { "a pso in cardiff: I'm a PSO and I've got 42 cases, a third of them high risk." }),
        new(new[] { "Carys Pembridge, a national official at Napo, said the documents confirmed what members had been saying for years. “Ministers have known about this since at least 2021,” she said." },
            new[] { "Carys Pembridge: Ministers have known about this since at least 2021" }),
        new(new[] { "Statement from the National Vice-Chair:", "“The people of Kent deserve a probation service that can actually supervise people.”", "Marcia Okafor, National Vice-Chair, Napo" },
            new[] { "Marcia Okafor: The people of Kent deserve a probation service that can actually supervise people." }),
        new(new[] { "Figures given by the prisons and probation minister, Edward Pryce, show a fall.", "Mr Pryce said: “We accept the level is too high and we are acting on it.”" },
            new[] { "Edward Pryce: We accept the level is too high and we are acting on it." }),
        new(new[] { "Martin Jones said he would like to see every service act. \"Children need continuity,\" he said. \"A child who has four case managers in a year learns that adults don't stay.\"" },
            new[] { "Martin Jones: A child who has four case managers in a year learns that adults don't stay." }),
        new(new[] { "Napo's branch chair in Kent, Helen Okafor, said members were angry.", "\"We warned the Ministry of Justice two years ago,\" Ms Okafor told ITV News." },
            new[] { "Helen Okafor: We warned the Ministry of Justice two years ago" }),
        new(new[] { "Grace Adeyemi qualified as a probation officer in 2017.", "Why did you choose probation?", "\"I came into probation to change lives, and on a good day I still do.\"" },
            new[] { "Grace Adeyemi: I came into probation to change lives, and on a good day I still do." }),
    ];

    [TestCaseSource(nameof(Phrasings))]
    public void Extract_QuotePhrasing_FindsQuotesWithSpeakers(string[] paragraphs, string[] expected)
    {
        var findings = TestDocuments.Extract(paragraphs);

        var actual = findings.Quotes.Select(q => $"{q.Speaker}: {q.Text.TrimEnd(',')}").ToArray();
        Assert.That(actual, Is.EqualTo(expected));
    }

    [Test]
    public void Extract_Quote_HasEmptyThemesAndOffsetsInsideTheMarks()
    {
        const string text = "Ian Lawrence said: “We will fight these cuts with everything we have.”";

        var quote = TestDocuments.Extract(text).Quotes.Single();

        Assert.Multiple(() =>
        {
            Assert.That(quote.Themes, Is.Empty);
            Assert.That(text[quote.Evidence.Start..quote.Evidence.End], Is.EqualTo("We will fight these cuts with everything we have."));
        });
    }

    [Test]
    public void Extract_RoleAndOrganisation_FilledFromTheDocument()
    {
        var quote = TestDocuments.Extract("Napo General Secretary Ian Lawrence said: “We will fight these cuts with everything we have.”").Quotes.Single();

        Assert.Multiple(() =>
        {
            Assert.That(quote.Speaker, Is.EqualTo("Ian Lawrence"));
            Assert.That(quote.Role, Does.Contain("General Secretary"));
            Assert.That(quote.Organisation, Is.EqualTo("Napo"));
        });
    }
}
