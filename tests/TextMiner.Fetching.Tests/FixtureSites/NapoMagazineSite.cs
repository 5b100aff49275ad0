namespace TextMiner.Fetching.Tests.FixtureSites;

/// <summary>Napo Magazine (WordPress): posts at /YYYY/MM/DD/&lt;slug&gt;/, an RSS feed of the latest five and a wp-sitemap of all.</summary>
internal static class NapoMagazineSite
{
    public const string Name = "napo-magazine";
    public const string Origin = "https://napomagazine.org.uk";
    public const int FeedSize = 5;

    public static IReadOnlyList<FixtureDocument> Posts { get; } =
    [
        new("napo-chair-speaks-to-london-assembly-about-probation-services", "Napo Chair speaks to London Assembly about probation services", new(2019, 6, 12),
            [
                "Napo Chair Katie Lomas was invited to speak to the London Assembly Police and Crime committee about the provision of Probation Services in London.",
                "Katie told the committee: \"Staff in London are carrying caseloads that are simply not safe, and the vacancy rate in some boroughs is over 30 per cent.\"",
            ]),
        new("what-the-inspectorate-said-about-london", "What the Inspectorate said about London", new(2019, 5, 29),
            [
                "The HMIP report on the London NPS makes grim reading for anyone who cares about victims.",
                "The Chief Inspector found that victim liaison work was wholly unsatisfactory, and that one in five victims was never offered contact.",
            ]),
        new("family-court-section-update", "Family Court section update", new(2019, 5, 2),
            [
                "Cafcass members have raised concerns about caseloads and the new performance framework.",
                "The section committee will meet Cafcass senior managers next month to discuss workload measurement.",
            ]),
        new("agm-2019-motions", "AGM 2019: motions deadline approaching", new(2019, 4, 18),
            [
                "Branches are reminded that motions for this year\u2019s AGM must be submitted by the end of May.",
                "Motions on pay, workloads and the future of probation are expected to dominate the agenda.",
            ]),
        new("reunification-what-happens-next", "Reunification: what happens next?", new(2019, 3, 27),
            [
                "The Ministry of Justice has announced that offender management will return to the National Probation Service.",
                "Napo will be seeking guarantees on terms and conditions, pensions and continuity of employment for CRC staff transferring to the NPS.",
            ]),
        new("probation-officers-describe-stress-and-burnout", "Probation officers describe stress and burnout", new(2019, 2, 28),
            [
                "Members responding to our survey described long hours, stress and burnout.",
                "One probation officer said: \"I go home every night worried that I have missed something important in one of my cases.\"",
            ]),
        new("approved-premises-staffing", "Approved premises staffing under strain", new(2019, 1, 24),
            [
                "Staff in approved premises report that night shifts are regularly covered by a single member of staff.",
                "Napo has raised the safety of staff and residents with HMPPS.",
            ]),
        new("christmas-message-from-the-chair", "A Christmas message from the Chair", new(2018, 12, 20),
            [
                "It has been a difficult year for probation, but Napo members have shown remarkable commitment to the people they supervise.",
            ]),
        new("trainee-probation-officers-speak-out", "Trainee probation officers speak out", new(2018, 11, 22),
            [
                "PQiP learners told Napo Magazine about the pressure of holding large caseloads while studying.",
                "Many said that they had not received the protected learning time they were promised.",
            ]),
    ];
}
