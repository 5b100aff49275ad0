using TextMiner.Core.Records;
using TextMiner.Evaluation.Parsing;

namespace TextMiner.Parsing.Tests.Pdf;

/// <summary>
/// Two-column report layouts with running headers (and page numbers in the header): a long cover title over two lines
/// that must be the title and not a repeated paragraph, a standfirst in a larger face and a paragraph with a bold first
/// line that must stay body text, and paragraphs running across columns and pages. Invented text.
/// </summary>
internal static class TwoColumnReportFixtures
{
    public const string DigestHeader = "Probation inspection digest: supervision in the community";

    public const string YouthHeader = "HM Inspectorate of Probation: children on remand";

    public static (string Name, byte[] Pdf, FixtureExpectation Expected) Digest()
    {
        var writer = new ReportPdfWriter(DigestHeader, metadataTitle: null, headerPageNumbers: true);
        const string title = "Supervision in the community: what our inspections found this year";
        writer.Cover((title, 24, true), ("An inspection digest by HM Inspectorate of Probation", 14, false), ("Published: 3 October 2024", 12, false));
        writer.StartSection(twoColumns: true);
        writer.Heading("Summary");
        writer.Standfirst("This digest brings together what inspectors found about supervision in the community across forty inspections completed in the past year.");
        foreach (var text in DigestSummary)
        {
            writer.Paragraph(text);
        }

        writer.Heading("Contact with people on probation");
        writer.RunInParagraph("Face-to-face contact had recovered in most services after the disruption of earlier years, although in nine services more than a third of appointments were still held by telephone without a recorded reason for doing so.");
        foreach (var text in DigestContact)
        {
            writer.Paragraph(text);
        }

        writer.Heading("Courts and sentencing");
        foreach (var text in DigestCourts)
        {
            writer.Paragraph(text);
        }

        writer.Heading("Recommendations");
        foreach (var text in DigestRecommendations)
        {
            writer.Paragraph(text);
        }

        return ("two-column/supervision-digest", writer.Build(), Expectation(writer, title, "2024-10-03", DocumentKinds.Document, DigestHeader));
    }

    public static (string Name, byte[] Pdf, FixtureExpectation Expected) Remand()
    {
        var writer = new ReportPdfWriter(YouthHeader, metadataTitle: "Children on remand: a thematic inspection", headerPageNumbers: true);
        writer.Cover(("Children on remand", 28, true), ("A thematic inspection of youth justice services", 14, false), ("November 2024", 12, false));
        writer.StartSection(twoColumns: false);
        writer.Heading("Foreword");
        writer.Paragraph("Remand is one of the most serious decisions the justice system can make about a child who has not been convicted of anything. This inspection asked whether youth justice services do all they can to make sure that it is used only when nothing else will do, and that children who are remanded are kept safe and supported.");
        writer.Paragraph("We found committed practitioners doing difficult work well, but also a system in which bail support too often arrives after the decision has been made. I hope that the protocols we describe in this report, which cost little, will be adopted quickly.");
        writer.StartSection(twoColumns: true);
        writer.Heading("Introduction");
        writer.RunInParagraph("Children remanded to youth detention accommodation spend on average longer in custody than they did five years ago, and many of them are later acquitted or given a community sentence by the court.");
        foreach (var text in RemandIntroduction)
        {
            writer.Paragraph(text);
        }

        writer.Heading("What we found");
        writer.Standfirst("Bail support was offered too late in most of the cases we inspected, and the reasons for refusing it were rarely recorded.");
        foreach (var text in RemandFindings)
        {
            writer.Paragraph(text);
        }

        writer.Heading("Education and health");
        foreach (var text in RemandEducation)
        {
            writer.Paragraph(text);
        }

        return ("two-column/children-on-remand", writer.Build(), Expectation(writer, "Children on remand: a thematic inspection", "2024-11-01", DocumentKinds.ThematicReport, YouthHeader));
    }

    private static FixtureExpectation Expectation(ReportPdfWriter writer, string title, string published, string kind, string header) =>
        new(null, "application/pdf", title, published, kind, InspectionReportFixtures.WithoutTitle(writer.Expected, title), [.. writer.FooterTexts.Prepend(header)]);

    private static readonly string[] DigestSummary =
    [
        "Most services now see people on probation face to face within five working days of sentence, and the quality of first appointments has improved since our last digest. Practitioners told us that the new induction materials helped them explain the order clearly.",
        "Assessment remained the strongest area of practice. In four out of five cases the assessment identified the factors most closely linked to offending, and in most of those it also drew on information from the police and children's services.",
        "Planning was weaker. Plans too often repeated the requirements of the order rather than setting out what the person would do, with whom and by when, and fewer than half were reviewed when circumstances changed in a way that affected the risk of harm.",
        "Work to keep other people safe was the area of greatest concern. In a quarter of the cases where domestic abuse was a feature, there was no record that safeguarding checks had been made with the police before the first appointment, and in some of these cases the checks were still missing months later.",
        "Services with stable teams and manageable caseloads did better on every standard. Where vacancies were high, managers had to allocate cases to practitioners who were already over capacity, and the quality of supervision fell as a result.",
    ];

    private static readonly string[] DigestContact =
    [
        "People on probation told us that they valued seeing the same practitioner over time. Where their practitioner had changed three or more times during the order, they were less likely to say that supervision had helped them.",
        "Home visits were rare. Only one in ten cases where a home visit would have been expected, because of concerns about children in the household, had a recorded visit, and inspectors found no consistent guidance on when a visit should take place.",
        "Some services had made good use of community hubs, where people could see their practitioner and also get help with housing, benefits and health in the same place. These arrangements were popular and deserve to be extended.",
    ];

    private static readonly string[] DigestCourts =
    [
        "Reports to court were timely in almost every case we inspected, and sentencers told us that they trusted the advice they received. Where a report was prepared on the day, however, the assessment of risk was often thin, and important information from other agencies had not been gathered.",
        "Short-format reports were used in a growing share of cases. Inspectors found that they were appropriate for most people with a low likelihood of reoffending, but that they were also being used for some people with a history of violence, where a fuller assessment was needed.",
        "Court teams had worked hard to rebuild relationships with the judiciary. In several areas magistrates now attend regular meetings with probation managers to discuss the sentencing options available locally and any gaps in provision.",
        "The range of accredited programmes available to the courts had narrowed. In some areas the waiting list for a domestic abuse programme was longer than six months, so that people were starting the programme close to the end of their order.",
        "Unpaid work requirements were often not completed within the expected time. Sentencers were concerned that this undermined confidence in community sentences, and in two areas they told us that they had begun to impose shorter orders as a result.",
        "Rehabilitation activity requirements were used flexibly and, in the better services, practitioners recorded clearly how each day had been used. Elsewhere it was difficult to tell from the records what work had been done and what it had achieved.",
        "Enforcement was generally timely. Where people failed to comply, practitioners usually responded within the required period, although we saw some cases where repeated absences had been accepted without any recorded reason.",
        "Information sharing with the police improved where probation staff were co-located with police teams. In those areas checks were returned more quickly, and practitioners said that informal conversations often brought important information to light.",
    ];

    private static readonly string[] DigestRecommendations =
    [
        "Services should make sure that safeguarding checks are requested before the first appointment in every case where domestic abuse or concerns about children are known, and that the results are recorded and acted on.",
        "Services should review plans whenever circumstances change in a way that affects the risk of harm, and should make sure that plans set out clear actions rather than repeating the requirements of the order.",
        "Leaders should set out when home visits are expected and should monitor whether they take place.",
    ];

    private static readonly string[] RemandIntroduction =
    [
        "This inspection looked at how youth justice services work with children who are remanded, from the first court appearance to the end of the remand period, in eight areas of England and Wales.",
        "We read the records of 62 children, interviewed the practitioners and managers responsible for their cases, and spoke to magistrates, defence solicitors and the staff of the secure settings where children were held.",
        "We also spoke to eleven children who had been remanded, and to some of their parents and carers. Their accounts of arriving in custody late at night, often many miles from home, were among the most striking evidence we heard.",
    ];

    private static readonly string[] RemandEducation =
    [
        "Education in the secure settings we visited was generally good, and children told us that they had made progress in English and mathematics. But the transfer of information between the community school and the secure setting was slow, and children often repeated work they had already done.",
        "Health assessments were completed promptly on arrival, and most children received the health care they needed while remanded. The continuity of care on release was much weaker, particularly for children taking medication for mental health conditions.",
        "Speech, language and communication needs were common among the children in our sample, yet few of them had been assessed before they appeared in court. Where an assessment had been made, practitioners used it well to adapt the way they worked with the child.",
        "Practitioners described the distances involved in visiting children in custody as a serious obstacle. One area had no secure placement within two hundred miles, so that a single visit took a whole working day and could not be made as often as the practitioner wanted.",
        "Parents and carers told us that they had not always understood what remand meant or how long it might last. Some had received no information at all until the child telephoned them from the secure setting late in the evening.",
        "Leaders in the better-performing areas had agreed protocols with the police and the courts, so that a bail support package could be offered at the first hearing. These protocols were simple, and other areas could adopt them quickly.",
        "We saw good work to prepare children for their trial, with practitioners explaining court procedures and arranging for intermediaries where a child needed help to give evidence. Children said that this had made the experience less frightening.",
        "Recording of the reasons for remand decisions was poor. In most cases the youth justice service file did not say why bail had been refused, which made it hard for the service to learn from cases or to challenge decisions that seemed unjustified.",
    ];

    private static readonly string[] RemandFindings =
    [
        "Youth justice services did not always have a bail support package ready for the first hearing. In more than half of the cases we inspected, the court was told that a package could be prepared, but the hearing went ahead before it was available and the child was remanded.",
        "Children from black and minority ethnic backgrounds were over-represented among those remanded, and services had not analysed their own data to understand why. Few areas had discussed the issue with the courts or the police.",
        "Where a child was remanded, contact from the youth justice service was usually prompt and supportive, and practitioners worked hard to keep children in touch with their families and their education.",
        "Planning for the end of the remand period was weak. When children were released at court, often without notice, there was rarely a plan for where they would live or who would support them in the first few days.",
    ];
}
