using TextMiner.Core.Records;
using TextMiner.Evaluation.Parsing;

namespace TextMiner.Parsing.Tests.Pdf;

/// <summary>
/// The generated PDF fixtures: deterministic inspection-report layouts (cover, ratings table, two-column body, running
/// header and footer, a hyphenated line break) and the expectation each must parse to.
/// </summary>
internal static class InspectionReportFixtures
{
    public const string RunningHeader = "Inspection of probation services: London";

    public const string ThematicHeader = "HM Inspectorate of Probation thematic inspection: caseloads";

    public static IReadOnlyList<(string Name, byte[] Pdf, FixtureExpectation Expected)> All() =>
        [London(), Caseloads(), TwoColumnReportFixtures.Digest(), TwoColumnReportFixtures.Remand()];

    /// <summary>The expected paragraphs without a first one that only repeats the title: the parser keeps the title once.</summary>
    public static IReadOnlyList<ExpectedParagraph> WithoutTitle(IReadOnlyList<ExpectedParagraph> expected, string title) =>
        expected.Count > 0 && expected[0].Text == title ? [.. expected.Skip(1)] : expected;

    /// <summary>Paragraphs of the London fixture that run across a column or page break.</summary>
    public static int LondonParagraphsAcrossColumns { get; private set; }

    public static (string Name, byte[] Pdf, FixtureExpectation Expected) London()
    {
        var writer = new ReportPdfWriter(RunningHeader, metadataTitle: "Inspection of probation services: London");
        writer.Cover(
            ("An inspection of probation services in the London division of the National Probation Service", 26, true),
            ("An inspection by HM Inspectorate of Probation", 14, false),
            ("Published: 22 May 2019", 12, false));

        writer.StartSection(twoColumns: false);
        writer.Heading("Ratings");
        writer.Paragraph("The ratings below are given for each standard inspected in the London division. Each standard is rated on a four-point scale.");
        writer.Table(
            [0, 300],
            ["Standard", "Rating"],
            ["1.1 Leadership", "Good"],
            ["1.2 Staff", "Requires improvement"],
            ["1.3 Services", "Good"],
            ["1.4 Information and facilities", "Good"],
            ["2.1 Assessment", "Requires improvement"],
            ["2.2 Planning", "Inadequate"],
            ["2.3 Implementation and delivery", "Requires improvement"],
            ["2.4 Reviewing", "Inadequate"],
            ["3.1 Victim work", "Inadequate"]);
        writer.Paragraph("Overall, the London division of the National Probation Service was rated Requires improvement.");

        writer.StartSection(twoColumns: true);
        writer.Heading("Foreword");
        foreach (var text in LondonForeword)
        {
            writer.Paragraph(text);
        }

        writer.Heading("Key findings");
        foreach (var text in LondonFindings)
        {
            writer.Paragraph(text);
        }

        writer.Heading("Work with victims");
        foreach (var text in LondonVictims)
        {
            writer.Paragraph(text);
        }

        writer.Heading("Recommendations");
        foreach (var text in LondonRecommendations)
        {
            writer.Paragraph(text);
        }

        var pdf = writer.Build();
        LondonParagraphsAcrossColumns = writer.ParagraphsAcrossColumns;
        return ("inspection-london", pdf, Expectation(writer, "Inspection of probation services: London", "2019-05-22",
            "https://www.justiceinspectorates.gov.uk/hmiprobation/wp-content/uploads/sites/5/2019/05/London-NPS-inspection-report.pdf"));
    }

    public static (string Name, byte[] Pdf, FixtureExpectation Expected) Caseloads()
    {
        var writer = new ReportPdfWriter(ThematicHeader, metadataTitle: null);
        writer.Cover(
            ("Caseloads and workloads in probation", 28, true),
            ("A thematic inspection by HM Inspectorate of Probation", 14, false),
            ("March 2021", 12, false));
        writer.StartSection(twoColumns: true);
        writer.Heading("Introduction");
        foreach (var text in CaseloadParagraphs)
        {
            writer.Paragraph(text);
        }

        writer.Heading("Findings");
        foreach (var text in CaseloadFindings)
        {
            writer.Paragraph(text);
        }

        writer.Heading("Staffing figures");
        writer.Table([0, 150], ["Region", "Vacancies"], ["London", "150"], ["North West", "86"], ["Wales", "41"]);
        writer.Paragraph("These figures were supplied by the regions at the start of the fieldwork and have not been audited by the inspectorate.");
        writer.Heading("Recommendations");
        foreach (var text in CaseloadRecommendations)
        {
            writer.Paragraph(text);
        }

        var pdf = writer.Build();
        return ("thematic-caseloads", pdf, Expectation(writer, "Caseloads and workloads in probation", "2021-03-01", null));
    }

    /// <summary>A long report (for throughput measurement only): the London body repeated <paramref name="sections"/> times.</summary>
    public static byte[] LongReport(int sections)
    {
        var writer = new ReportPdfWriter(RunningHeader, metadataTitle: null);
        writer.Cover(("A long inspection report", 26, true), ("May 2019", 12, false));
        writer.StartSection(twoColumns: true);
        for (var i = 0; i < sections; i++)
        {
            writer.Heading($"Section {i + 1}");
            foreach (var text in LondonForeword.Concat(LondonFindings).Concat(LondonVictims))
            {
                writer.Paragraph(text);
            }
        }

        return writer.Build();
    }

    private static FixtureExpectation Expectation(ReportPdfWriter writer, string title, string published, string? location) =>
        new(
            location,
            "application/pdf",
            title,
            published,
            location is null ? DocumentKinds.ThematicReport : DocumentKinds.InspectionReport,
            WithoutTitle(writer.Expected, title),
            [.. writer.FooterTexts.Prepend(location is null ? ThematicHeader : RunningHeader)]);

    private static readonly string[] LondonForeword =
    [
        "This inspection of the London division of the National Probation Service was conducted at the request of the Secretary of State for Justice, following the urgent review of work with victims published last year.",
        "Victims of sexual and violent crime are being let down by the capital's probation service. In more than a fifth of inspected cases, victims of serious crime were not offered access to the Victim Contact Scheme, a statutory scheme that provides victims with updates on the perpetrator's sentence.",
        "We have found work with victims to be good or outstanding in other NPS divisions, so we are disappointed to see this is not the case in London. Some victims are not being offered a service at all, while others are receiving a service that is simply not good enough.",
        "Senior leaders are aware of difficulties with the scheme and have drawn up an action plan. At the time of inspec\u00ADtion, some actions had been completed, but it is too early to see their impact on the quality of the service that victims receive.",
        "The division is well-led at the most senior level, and leaders have a clear vision for the service. Staff told us that they feel supported by their managers, although many feel that their workloads are too high to do the job well.",
    ];

    private static readonly string[] LondonFindings =
    [
        "There were 150 vacancies for probation officers across the division at the time of our fieldwork, and the vacancy rate in some boroughs was higher than 20 per cent. Agency staff were covering many of these posts.",
        "Caseloads were high. Six out of ten probation officers had a workload above the 100 per cent target set by the workload measurement tool, and some were working at over 150 per cent of their capacity.",
        "The quality of work to assess and manage the risk of harm posed by people on probation was not good enough in too many cases. Checks with police domestic abuse and child safeguarding services were often missing or late.",
        "Advice to court was good. Pre-sentence reports were timely, well balanced and gave sentencers the information they needed, and the court teams were well organised and motivated.",
        "Victim liaison officers were committed and knowledgeable, but they had too many cases to offer a consistent service, and the arrangements for allocating new victim cases were not clear.",
        "Premises were generally suitable, although some offices needed repairs that had been outstanding for many months under the national facilities management contract.",
    ];

    private static readonly string[] LondonVictims =
    [
        "The Victim Contact Scheme is a statutory scheme. Victims of a violent or sexual offence where the offender receives a sentence of 12 months or more are entitled to be offered contact with a victim liaison officer, who keeps them informed about key stages of the sentence and helps them to contribute their views when release is considered.",
        "In the cases we inspected, the offer of contact was made in good time in only just over half of the cases, and in more than a fifth of cases no offer had been made at all. Where victims had opted in, the quality of the contact varied considerably, and some victims had waited many months for any meaningful update about the progress of the sentence.",
        "Victim liaison officers told us that they were unable to keep up with the volume of new referrals. Each officer held more than 250 cases on average, and some held many more. Managers had introduced a triage system to prioritise the most urgent cases, but the system was not applied consistently across the division and was poorly understood by staff in the offender management teams.",
        "Communication between victim liaison officers and the probation practitioners supervising the offender was often poor. In too many cases, the views of the victim were not passed on in time to be considered in release planning, and licence conditions intended to protect victims, such as exclusion zones, were not always requested when they should have been.",
        "The division's information systems did not support the work well. Records were held in several different places, and it was difficult for managers to see which victims had been offered the scheme and which had not. Staff described spending long periods searching for information that should have been readily available.",
        "We saw some examples of excellent practice. In one case a victim liaison officer worked closely with the police and the prison to make sure that a victim of domestic abuse was fully informed about the release arrangements, and that robust measures were in place to protect her and her children. This shows what can be achieved when the service works as it should.",
        "Leaders have now recognised the scale of the problem. They have recruited additional victim liaison officers, introduced new guidance and started a programme of training for all staff. These are welcome steps, but it is too early to judge whether they will bring about the sustained improvement that victims deserve.",
    ];

    private static readonly string[] LondonRecommendations =
    [
        "The London division should make sure that all eligible victims are offered the Victim Contact Scheme promptly, and that the offer is recorded.",
        "The division should reduce the number of vacancies and the reliance on agency staff, so that caseloads fall to a level that allows staff to do their work well.",
        "The Ministry of Justice should make sure that the facilities management contract delivers repairs within a reasonable time.",
    ];

    private static readonly string[] CaseloadFindings =
    [
        "Across the regions we visited, the average caseload for a probation officer was 47 cases, against a national target of 40 or fewer for staff supervising higher-risk people. In some teams caseloads were well over 60, and practitioners told us that they were unable to see people as often as they should.",
        "The workload measurement tool showed that 60 per cent of probation officers were working above 100 per cent of their capacity, and 15 per cent were working above 130 per cent. Practitioners and managers did not always trust the tool, and some felt that it underestimated the time needed for complex cases involving domestic abuse or safeguarding concerns.",
        "Sickness absence averaged 12 days^2 per person per year, higher than in the rest of the civil service. Stress and anxiety were the most common reasons given, and many practitioners linked these directly to the volume and complexity of their work.",
        "Staff turnover was high in the first two years of employment. Newly qualified officers told us that they had been given full caseloads too quickly, without the protected time for learning and development that they had been promised during their training.",
        "Where caseloads were manageable, the quality of work was noticeably better. Assessments were more thorough, plans were more personalised, and practitioners had time to build the relationships with people on probation that support desistance from offending.",
    ];

    private static readonly string[] CaseloadRecommendations =
    [
        "HM Prison and Probation Service should review the workload measurement tool, so that it reflects the time needed to deliver good-quality work in complex cases, including those involving domestic abuse and child safeguarding concerns, and so that managers and practitioners can trust the figures it produces.",
        "Regional probation directors should set and monitor caseload limits for individual practitioners, taking account of their experience, and should make sure that newly qualified officers receive a protected caseload during their first year in post.",
        "The Ministry of Justice should develop a long-term workforce plan that sets out how the service will recruit, train and retain enough qualified staff to meet demand, and should publish progress against the plan each year.",
        "Managers should make sure that practitioners have regular, good-quality supervision that includes attention to their wellbeing, and that the support available to staff experiencing stress is well known and easy to access.",
        "The service should monitor the use of agency staff and overtime, and should report on the cost and the effect on the quality of work, so that decisions about resourcing are informed by good evidence.",
        "Leaders should listen to the views of staff about workloads and should involve them in the design of any new arrangements for allocating work, including the union representatives who speak for them.",
    ];

    private static readonly string[] CaseloadParagraphs =
    [
        "This thematic inspection looked at how caseloads and workloads affect the quality of work delivered by probation practitioners in England and Wales.",
        "We found that many practitioners were working at well over the capacity indicated by the workload measurement tool^1, and that sickness absence was higher in the teams with the highest workloads.",
        "Practitioners described long hours, stress and a sense that they could not give people on probation the time they needed. Managers were aware of the pressure but had few options to reduce it.",
        "Recruitment of trainee probation officers had increased, but it will take several years before the new staff are qualified and able to hold a full caseload of higher-risk cases.",
        "In the meantime, the service relies on agency staff and on overtime. Neither is a sustainable way to deliver a safe and effective probation service over the longer term.",
        "We make recommendations to the Ministry of Justice and to HM Prison and Probation Service to improve the measurement of workloads and to set limits on the caseloads that individual practitioners are asked to carry.",
    ];
}
