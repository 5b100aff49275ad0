namespace TextMiner.Fetching.Tests.FixtureSites;

/// <summary>
/// The earlier HMIP site (WordPress, under /hmiprobation/): press releases found through the RSS feed (paged), and
/// inspections through the year listings (<c>div.result.inspection h4 a</c>, <c>&amp;paged=N</c>) with their PDFs.
/// </summary>
internal static class HmipLegacySite
{
    public const string Name = "hmip-legacy";
    public const string Origin = "https://www.justiceinspectorates.gov.uk";
    public const string ListingType = "probation-inspection-type=adult";
    private const string Stacey = "Chief Inspector of Probation, Dame Glenys Stacey";

    public static IReadOnlyList<FixtureDocument> PressReleases { get; } =
    [
        new("london-probation-service-makes-progress-in-some-areas-but-more-must-be-done-to-support-victims", "London probation service makes progress in some areas but more must be done to support victims", new(2019, 5, 22),
            [
                "Victims of sexual and violent crime are being let down by the capital's probation service, according to a new report.",
                "HM Inspectorate of Probation described work with victims delivered by the London division of the National Probation Service (NPS) as 'wholly unsatisfactory'. In more than a fifth of cases, victims were not offered the Victim Contact Scheme.",
                "Chief Inspector of Probation Dame Glenys Stacey said: \"We have found work with victims to be good or outstanding in other NPS divisions. London must now learn from them.\"",
                "The London division had 150 vacancies for probation officers at the time of the inspection.",
            ]),
        new("probation-services-in-cumbria-and-lancashire-rated-good", "Probation services in Cumbria and Lancashire rated Good", new(2019, 3, 6),
            [
                "The Cumbria and Lancashire Community Rehabilitation Company has been rated Good by HM Inspectorate of Probation.",
                "Inspectors found a strong focus on desistance and well-run unpaid work, though caseloads of up to 70 cases per officer were too high.",
                $"{Stacey}, said: \"This is a well-led organisation that has kept its focus on the people it supervises despite the pressures of Transforming Rehabilitation.\"",
            ]),
        new("transforming-rehabilitation-model-is-irredeemably-flawed", "Transforming Rehabilitation model is irredeemably flawed, says Chief Inspector", new(2019, 3, 21),
            [
                "The Chief Inspector of Probation has called for probation to be brought back together, saying the part-privatised model introduced in 2014 is irredeemably flawed.",
                "In her annual report Dame Glenys Stacey said: \"The probation profession has been degraded, and this is a big loss. It is time to bring public and private probation back together.\"",
                "Community Rehabilitation Companies were rated Inadequate for the quality of their work with people on probation in most of the areas inspected during the year.",
            ]),
        new("inspectors-find-staff-shortages-in-the-south-west", "Inspectors find serious staff shortages in the South West", new(2018, 11, 8),
            [
                "Staff shortages are undermining probation work in the South West, inspectors have found.",
                "The South West division of the NPS had a vacancy rate of 18 per cent, and sickness absence averaged 14 days per member of staff.",
                $"{Stacey}, said: \"Staff told us they were exhausted. Too many are carrying caseloads well above what the workload measurement tool says is safe.\"",
            ]),
        new("court-work-in-wales-is-of-a-high-standard", "Court work in Wales is of a high standard", new(2018, 9, 13),
            [
                "Advice to courts provided by the Wales division of the National Probation Service is of a high standard, according to a new report.",
                "Pre-sentence reports were timely and well informed, and sentencers told inspectors they valued the advice they received.",
                "Inspectors rated court work in Wales as Outstanding.",
            ]),
    ];

    public static IReadOnlyList<FixtureDocument> Inspections { get; } =
    [
        new("london-nps", "Quality & Impact inspection: The effectiveness of probation work by the National Probation Service in London", new(2019, 5, 22),
            InspectionText.Report("the London division of the National Probation Service", "Requires improvement", 150, 21, 45, 48, Stacey,
                "The London division faces significant challenges, and staff shortages in some offices have reached critical levels."), Pdf: true),
        new("cumbria-and-lancashire-crc", "An inspection of Cumbria and Lancashire Community Rehabilitation Company", new(2019, 3, 6),
            InspectionText.Report("Cumbria and Lancashire Community Rehabilitation Company", "Good", 12, 9, 62, 66, Stacey,
                "This is one of the better performing Community Rehabilitation Companies we have inspected."), Pdf: true),
        new("durham-tees-valley-crc", "An inspection of Durham Tees Valley Community Rehabilitation Company", new(2019, 2, 14),
            InspectionText.Report("Durham Tees Valley Community Rehabilitation Company", "Good", 9, 7, 55, 71, Stacey,
                "Leaders here have created a culture in which staff feel valued and supported."), Pdf: true),
        new("south-west-nps", "An inspection of the National Probation Service South West division", new(2018, 11, 8),
            InspectionText.Report("the South West division of the National Probation Service", "Requires improvement", 88, 18, 49, 43, Stacey,
                "Too many staff are carrying caseloads beyond what is safe."), Pdf: true),
        new("wales-nps", "An inspection of the National Probation Service Wales division", new(2018, 9, 13),
            InspectionText.Report("the Wales division of the National Probation Service", "Good", 30, 10, 41, 69, Stacey,
                "Work to advise courts in Wales is outstanding, and the division is well led."), Pdf: true),
        new("restricted-staff-survey", "Staff survey results (restricted)", new(2019, 1, 10),
            ["Restricted."], Disallowed: true),
    ];
}
