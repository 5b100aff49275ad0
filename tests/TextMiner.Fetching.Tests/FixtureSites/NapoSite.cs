namespace TextMiner.Fetching.Tests.FixtureSites;

/// <summary>Napo (Drupal): news and HQ blog listings (<c>?page=N</c> from 0, teasers with "Read more").</summary>
internal static class NapoSite
{
    public const string Name = "napo";
    public const string Origin = "https://www.napo.org.uk";

    public static IReadOnlyList<FixtureDocument> News { get; } =
    [
        new("union-concerns-after-london-nps-deemed-wholly-unsatisfactory", "Union concerns after London NPS deemed \u201cWholly Unsatisfactory\u201d", new(2019, 5, 22),
            [
                "Napo the Trade Union for Probation staff is deeply concerned that the London National Probation Service has been assessed as \u201cwholly unsatisfactory\u201d by the Chief Inspector for Probation Dame Glenys Stacey.",
                "Despite the hard working and dedicated staff in probation who have worked tirelessly in an intolerable environment, the report is one of many that has assessed London NPS as failing to meet the required standard.",
                "Ian Lawrence, General Secretary of Napo said: \u201cOur members are telling us that their workloads are unmanageable and that this is putting the public at risk.\u201d",
            ]),
        new("napo-responds-to-chief-inspectors-annual-report", "Napo responds to the Chief Inspector\u2019s annual report", new(2019, 3, 21),
            [
                "Napo welcomes the Chief Inspector\u2019s conclusion that the Transforming Rehabilitation model is irredeemably flawed.",
                "We have said for five years that splitting probation and handing two thirds of it to private companies would fail. Napo calls for all probation work to be returned to the public sector.",
            ]),
        new("probation-pay-offer-rejected", "Probation pay offer rejected by members", new(2019, 3, 6),
            [
                "Napo members in the National Probation Service have voted to reject the pay offer made by the employer.",
                "Over 80 per cent of members who took part in the consultative ballot said the offer did not address pay progression. Napo will now return to negotiations with HMPPS.",
            ]),
        new("estates-crisis-in-probation-offices", "Estates crisis in probation offices", new(2019, 1, 17),
            [
                "Napo has written to the Ministry of Justice about the state of probation buildings under the facilities management contract.",
                "Members report broken heating, leaking roofs and faulty CCTV in reception areas, and repairs that take months to complete.",
            ]),
        new("napo-launches-workload-campaign", "Napo launches workload campaign", new(2018, 11, 29),
            [
                "Napo has launched a national campaign on excessive workloads, after a survey found that over half of members work more than their contracted hours every week.",
                "Caseloads of 60 or more are now common in some CRCs, and sickness absence because of stress is rising.",
            ]),
        new("single-operating-model-announcement", "Napo reacts to the single operating model announcement", new(2018, 10, 4),
            [
                "Napo has responded to the announcement that offender management in Wales will return to the National Probation Service.",
                "This is a first step, but it does not go far enough: probation must be reunified across England and Wales.",
            ]),
    ];

    public static IReadOnlyList<FixtureDocument> Blog { get; } =
    [
        new("general-secretarys-blog-march-2019", "General Secretary\u2019s blog: the case for reunification", new(2019, 3, 28),
            [
                "This week I gave evidence to the Justice Committee on the future of probation.",
                "I told the committee that our members want a unified, publicly owned service, with professional training and manageable workloads.",
            ]),
        new("officers-blog-training-matters", "Officers\u2019 blog: training matters", new(2019, 2, 21),
            [
                "The Professional Qualification in Probation is a good qualification, but new officers need protected caseloads while they learn.",
                "Too many PQiP learners tell us they are holding full caseloads within weeks of qualifying.",
            ]),
        new("equality-officers-blog-women-in-probation", "Equality blog: women in probation", new(2019, 1, 31),
            [
                "Women make up the majority of the probation workforce but remain under-represented in senior management.",
                "Napo\u2019s women\u2019s network will be meeting in London to plan our response to the gender pay gap figures.",
            ]),
        new("officers-blog-it-systems", "Officers\u2019 blog: our IT systems are failing us", new(2018, 12, 13),
            [
                "Members spend hours every week wrestling with nDelius and OASys, and the new laptops still cannot connect reliably.",
                "Napo is demanding that HMPPS consult staff before another digital system is rolled out.",
            ]),
    ];
}
