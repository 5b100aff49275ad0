namespace TextMiner.Fetching.Tests.FixtureSites;

/// <summary>The current HMIP site: report pages under /document/&lt;slug&gt;/, found through the Yoast sitemap index.</summary>
internal static class HmipSite
{
    public const string Name = "hmip";
    public const string Origin = "https://hmiprobation.justiceinspectorates.gov.uk";
    private const string Russell = "Chief Inspector of Probation Justin Russell";
    private const string Jones = "Chief Inspector of Probation Martin Jones";

    public static IReadOnlyList<FixtureDocument> Documents { get; } =
    [
        new("an-inspection-of-probation-services-in-the-north-west-region", "An inspection of probation services in: North West region", new(2023, 5, 11),
            InspectionText.Report("the North West region", "Requires improvement", 212, 24, 58, 37, Russell,
                "Staff across the region are working hard in difficult circumstances, but there are simply not enough of them to deliver a safe service."), Pdf: true),
        new("an-inspection-of-probation-services-in-lambeth-pdu", "An inspection of probation services in: Lambeth PDU", new(2023, 8, 3),
            InspectionText.Report("Lambeth probation delivery unit", "Inadequate", 41, 38, 71, 22, Russell,
                "Lambeth is one of the most challenging places in the country to deliver probation services and the vacancy rate has left practitioners overwhelmed."), Pdf: true),
        new("an-inspection-of-probation-services-in-durham-pdu", "An inspection of probation services in: Durham PDU", new(2024, 1, 25),
            InspectionText.Report("Durham probation delivery unit", "Good", 6, 8, 39, 81, Jones,
                "Durham shows what can be achieved when a probation delivery unit is properly staffed and well led."), Pdf: true),
        new("an-inspection-of-probation-services-in-wales", "An inspection of probation services in: Wales", new(2024, 6, 20),
            InspectionText.Report("the probation service in Wales", "Requires improvement", 96, 16, 52, 54, Jones,
                "Partnership work in Wales is a real strength, but the quality of risk assessment has to improve."), Pdf: true),
        new("a-thematic-inspection-of-work-with-victims", "A thematic inspection of probation work with victims of crime", new(2023, 2, 16),
            InspectionText.Thematic("the Victim Contact Scheme and the work of victim liaison officers", 120,
                "Victims told us that contact was too often late or did not happen at all. In 40 per cent of eligible cases, the victim had not been offered the Victim Contact Scheme within the required time.",
                Russell, "Victims have a right to be kept informed and their safety must be at the heart of probation work, yet too many are being let down."), Pdf: true),
        new("race-equality-in-probation-follow-up", "Race equality in probation follow-up: a thematic inspection", new(2023, 10, 12),
            InspectionText.Thematic("the experiences of black, Asian and minority ethnic people on probation and staff", 158,
                "Black, Asian and minority ethnic staff remain under-represented in senior grades, and people on probation told us that their experience of discrimination was rarely explored in supervision.",
                Russell, "Some progress has been made since our original inspection, but it has been too slow and too patchy."), Pdf: true),
        new("annual-report-2023", "HM Inspectorate of Probation annual report 2023", new(2024, 3, 14),
            [
                "Our annual report draws on the findings of all of the inspections we published during the year.",
                "Of the 31 probation delivery units we inspected, two were rated Good, 18 were rated Requires improvement and 11 were rated Inadequate. The Probation Service has around 1,800 vacancies for probation officers.",
                "Martin Jones, HM Chief Inspector of Probation, said: \"The Probation Service is under immense pressure and until staffing improves, the quality of work will not.\"",
            ]),
        new("the-work-of-approved-premises", "The work of approved premises", new(2024, 9, 5),
            InspectionText.Thematic("the work of approved premises, which house people released from prison who pose a high risk of harm", 64,
                "Approved premises provided a safe environment but many buildings were in poor repair; maintenance requests under the facilities management contract took months to resolve and several bedrooms were out of use.",
                Jones, "Approved premises are a vital part of public protection and they deserve buildings that are fit for purpose.")),
        new("unpaid-work-thematic", "A thematic inspection of unpaid work", new(2025, 2, 27),
            InspectionText.Thematic("the delivery of unpaid work requirements since unification of the Probation Service", 96,
                "A backlog of unpaid work hours remained, and people on probation were too often sent home from work parties because there were not enough supervisors.",
                Jones, "Unpaid work should be a visible payback to communities, but it is not being delivered consistently.")),
        new("draft-inspection-of-probation-services-in-kent", "Draft: inspection of probation services in Kent", new(2025, 4, 1),
            ["This draft is not for publication."], Disallowed: true),
    ];
}
