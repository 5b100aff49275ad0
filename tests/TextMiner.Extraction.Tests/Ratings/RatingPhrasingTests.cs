using TextMiner.Evaluation.Extraction;

namespace TextMiner.Extraction.Tests.Ratings;

public sealed class RatingPhrasingTests
{
    /// <summary>Paragraph → expected ratings as "Value/aspect class".</summary>
    private static readonly TestCaseData[] Phrasings =
    [
        new("HM Inspectorate of Probation has given the London division of the NPS an overall rating of ‘Requires improvement’ – the second lowest of four ratings.", new[] { "Requires improvement/overall" }),
        new("The quality of the London division’s work to support decision-making in courts was rated ‘Good’.", new[] { "Good/domain" }),
        new("Inspectors rated the CRC “requires improvement” overall.", new[] { "Requires improvement/overall" }),
        new("The PDU was rated REQUIRES IMPROVEMENT by inspectors.", new[] { "Requires improvement/overall" }),
        new("Nottingham City PDU has been rated Inadequate.", new[] { "Inadequate/overall" }),
        new("Overall, Kent North PDU is rated Outstanding.", new[] { "Outstanding/overall" }),
        new("Leadership was judged to be Good: the head of service has a clear vision.", new[] { "Good/domain" }),
        new("We rated assessment as Good but planning and reviewing as Inadequate.", new[] { "Good/domain", "Inadequate/domain", "Inadequate/domain" }),
        new("Four services were rated Good.", new[] { "Good/summary" }),
        new("The Elmvale team was inspected in May, with inspectors finding it to be ‘Good’ overall.", new[] { "Good/overall" }),
        new("Five NPS divisions were rated Good and two were rated Requires improvement.", new[] { "Good/summary", "Requires improvement/summary" }),
        new("In 2022 the inspectorate rated 18 probation delivery units as Requires improvement and four as Inadequate.", new[] { "Requires improvement/summary", "Inadequate/summary" }),
        new("This is an improvement on its previous rating of Inadequate.", new[] { "Inadequate/overall" }),
        new("The Wales division received a ‘Good’ rating for its court work.", new[] { "Good/domain" }),
        new("Overall, Cumbria and Lancashire CRC is rated: Requires improvement.", new[] { "Requires improvement/overall" }),
        new("Overall rating | 7 | Requires improvement 1. Organisational delivery 1.1 Leadership | | Good 1.2 Staff | | Inadequate", new[] { "Requires improvement/overall", "Good/domain", "Inadequate/domain" }),
        new("Unpaid work: Outstanding", new[] { "Outstanding/domain" }),
        new("The inspectorate’s ratings table reads: Leadership – Good; Staff – Inadequate.", new[] { "Good/domain", "Inadequate/domain" }),
        new("The service has been downgraded to Inadequate.", new[] { "Inadequate/overall" }),
        new("The report follows a 2019 inspection which rated the region ‘Good’.", new[] { "Good/overall" }),
        new("Overall rating Requires improvement 1. Organisational delivery 1.1 Leadership Good 1.2 Staffing Inadequate", new[] { "Requires improvement/overall", "Good/domain", "Inadequate/domain" }),
        new("2.1 Assessment Good 2.2 Planning Outstanding 2.3 Implementation and delivery Good", new[] { "Good/domain", "Outstanding/domain", "Good/domain" }),
        new("Inspectors rated all three domains – organisational delivery, court disposals and out-of-court disposals – as ‘Outstanding’.", new[] { "Outstanding/domain", "Outstanding/domain", "Outstanding/domain" }),
        new("Inspectors rated all three domains as Outstanding: organisational delivery, court disposals and out-of-court disposals.", new[] { "Outstanding/domain", "Outstanding/domain", "Outstanding/domain" }),
        new("Leadership, staffing and services were all rated as Good.", new[] { "Good/domain", "Good/domain", "Good/domain" }),
        new("The unit was also rated Inadequate for staffing and for reviewing, and Requires improvement for leadership.", new[] { "Inadequate/domain", "Inadequate/domain", "Requires improvement/domain" }),
        new("Leadership was rated Good, as was the PDU’s work in court.", new[] { "Good/domain", "Good/domain" }),
        new("The court team was a bright spot: it was judged to be Good.", new[] { "Good/domain" }),
        new("Of those 31 PDUs, none was rated Outstanding and only one was rated Good.", new[] { "Good/summary" }),
        new("In London four of the nine PDUs we inspected were rated Inadequate overall.", new[] { "Inadequate/summary" }),
        new("Seven were rated Requires improvement, three were rated Good and two received the lowest possible rating, Inadequate.", new[] { "Requires improvement/summary", "Good/summary", "Inadequate/summary" }),
        new("Dorset, Devon and Cornwall CRC received the lowest possible rating, ‘Inadequate’.", new[] { "Inadequate/overall" }),
        new("Of the specialist areas, we found court work (Good) and unpaid work (Requires improvement) to be in a better state.", new[] { "Good/domain", "Requires improvement/domain" }),
        new("Overall, Wrexham Youth Justice Service improved from Requires improvement to Good.", new[] { "Requires improvement/overall", "Good/overall" }),
        new("Its previous rating of Requires improvement reflected weak management oversight.", new[] { "Requires improvement/overall" }),
        new("The one area that slipped to Inadequate was resettlement.", new[] { "Inadequate/domain" }),
        new("Nine were rated Requires improvement and two Inadequate, according to the inspectorate.", new[] { "Requires improvement/summary", "Inadequate/summary" }),
        new("Half of the eight PDUs were given Requires improvement overall.", new[] { "Requires improvement/summary" }),
        new("Leadership was judged Good, but inspectors gave its staffing and its case planning the same Requires improvement grade.", new[] { "Good/domain", "Requires improvement/domain", "Requires improvement/domain" }),
        new("There was praise for its unpaid work, which was rated Outstanding.", new[] { "Outstanding/domain" }),
        new("Staffing, however, was the weakest area, and we rated it Requires improvement.", new[] { "Requires improvement/domain" }),
        new("The unit’s work at Plymouth Magistrates’ Court was the one bright spot, rated Good.", new[] { "Good/domain" }),
        new("At the other end of the scale, Luton PDU slipped to Inadequate, the lowest of the four grades.", new[] { "Inadequate/overall" }),
        new("1. Organisational delivery • Governance and leadership: Good • Staff: Outstanding", new[] { "Good/domain", "Outstanding/domain" }),
        new("The Medway Probation Delivery Unit was rated Requires improvement by inspectors last year.", new[] { "Requires improvement/overall" }),
        new("The PDU was rated 'Good' for its leadership and 'Requires improvement' for staffing, services, and information and facilities.", new[] { "Good/domain", "Requires improvement/domain", "Requires improvement/domain", "Requires improvement/domain" }),
        new("Inspectors judged assessment and planning for children sentenced by the courts to be Inadequate.", new[] { "Inadequate/domain", "Inadequate/domain" }),
        new("A probation unit which was given the lowest possible rating two years ago has been rated Good.", new[] { "Good/overall" }),
        new("It was rated 'Inadequate' in four services.", new[] { "Inadequate/summary" }),
        new("Figure 3: PDU overall ratings, 2023/2024 Outstanding 1 Good 9 Requires improvement 19 Inadequate 7", new[] { "Outstanding/summary", "Good/summary", "Requires improvement/summary", "Inadequate/summary" }),
        new("The inspectorate rated Hull PDU ‘Requires improvement’ overall and found that staffing in the unit was Inadequate.", new[] { "Requires improvement/overall", "Inadequate/domain" }),
        new("The Tamsin YJS was rated Outstanding for leadership and Good for partnerships and services.", new[] { "Outstanding/domain", "Good/domain" }),
        new("The unit was rated ‘Good’ for leadership, ‘Requires improvement’ for staffing and ‘Inadequate’ for services.", new[] { "Good/domain", "Requires improvement/domain", "Inadequate/domain" }),
        new("The Linfield service was judged ‘Outstanding’ in leadership and ‘Good’ in every other area.", new[] { "Outstanding/domain", "Good/summary" }),
        new("The Sorrel YJS was rated Good in eight areas, Outstanding in two and Requires improvement in two.", new[] { "Good/summary", "Outstanding/summary", "Requires improvement/summary" }),
        new("The Quarrow service’s leadership was judged ‘Outstanding’, and its staff, partnerships and information and facilities ‘Good’.", new[] { "Outstanding/domain", "Good/domain", "Good/domain", "Good/domain" }),
        new("Harlow PDU scored ‘Inadequate’ on assessment, planning and reviewing.", new[] { "Inadequate/domain", "Inadequate/domain", "Inadequate/domain" }),
        new("Its casework was judged ‘Inadequate’, although leaders knew what had to change.", new[] { "Inadequate/domain" }),
        new("The Birkin PDU, rated Inadequate in 2023, has now been rated Requires improvement.", new[] { "Inadequate/overall", "Requires improvement/overall" }),
        new("A service that was rated ‘inadequate’ two years ago is now ‘good’, according to inspectors.", new[] { "Inadequate/overall", "Good/overall" }),
        new("The Carrow service was inspected by the inspectorate in May 2024 and received an overall judgement of Good.", new[] { "Good/overall" }),
        new("Felling YJS is one of only three services in the country to be rated ‘Outstanding’.", new[] { "Outstanding/overall" }),
        new("Ashby YJS was rated ‘Good’ overall, and ‘Outstanding’ in some areas.", new[] { "Good/overall" }),
        new("The board was told the service had received a ‘Good’ rating in all three domains.", new[] { "Good/summary" }),
        new("Inspectors said the Brayfield service was ‘good’ at keeping children safe.", Array.Empty<string>()),
        new("Governance and leadership Outstanding", new[] { "Outstanding/domain" }),
        new("Staffing Inadequate at Fenbury, inspectors say", Array.Empty<string>()),
        new("Corley was rated good, Ashby requires improvement and Penmore inadequate.", new[] { "Good/overall", "Requires improvement/overall", "Inadequate/overall" }),
        new("Holbeck YOT is one of six services rated inadequate this year.", new[] { "Inadequate/overall" }),
        new("The Brenton service has received the lowest rating, inadequate.", new[] { "Inadequate/overall" }),
        new("The Selby Road unit has been downgraded to requires improvement.", new[] { "Requires improvement/overall" }),
        new("Inspectors rated its staffing inadequate and its leadership good.", new[] { "Inadequate/domain", "Good/domain" }),
        new("Ferrow and Lantby youth justice services were both rated good.", new[] { "Good/overall", "Good/overall" }),
        new("The rating covers leadership, staff and partnerships, which were all judged to be Good.", new[] { "Good/domain", "Good/domain", "Good/domain" }),
        new("Inspectors gave Tarrow YOT an overall rating of ‘Good’, with its leadership and partnerships judged ‘Outstanding’.", new[] { "Good/overall", "Outstanding/domain", "Outstanding/domain" }),
        new("Of the 12 regions, nine had been rated requires improvement and three inadequate.", new[] { "Requires improvement/summary", "Inadequate/summary" }),
        new("The service was inspected in June 2023 and was judged to be Good overall.", new[] { "Good/overall" }),
        new("Corbridge PDU, which was rated outstanding, was praised for its leadership.", new[] { "Outstanding/overall" }),
        new("Arnley | 2023 | Requires improvement", new[] { "Requires improvement/overall" }),
        new("Leadership was rated Good and staff said morale was good.", new[] { "Good/domain" }),
        new("Inspectors rated Brackley PDU good and Tenby PDU requires improvement.", new[] { "Good/overall", "Requires improvement/overall" }),
        new("The North East region was rated Requires improvement in 2023, as was the Wales region.", new[] { "Requires improvement/overall", "Requires improvement/overall" }),
        new("North West – Requires improvement Wales – Good", new[] { "Requires improvement/overall", "Good/overall" }),
        new("Linwood PDU (Good) and Hartle PDU (Inadequate) were both inspected last year.", new[] { "Good/overall", "Inadequate/overall" }),
        new("Inspectors found that case supervision was inadequate.", new[] { "Inadequate/domain" }),
        new("Inspectors rated its leadership Good, but found that its staffing, services and information were inadequate.", new[] { "Good/domain", "Inadequate/domain", "Inadequate/domain", "Inadequate/domain" }),
        new("Inspectors said work to keep children safe was ‘outstanding’.", new[] { "Outstanding/domain" }),
        new("Inspectors rated the unit Inadequate for leadership and Requires Improvement for staffing.", new[] { "Inadequate/domain", "Requires improvement/domain" }),
        new("Leadership was found to be good, while staff were rated as outstanding.", new[] { "Good/domain", "Outstanding/domain" }),
        new("The watchdog judged Eastfield PDU to be inadequate.", new[] { "Inadequate/overall" }),
        new("The report gave the YJS a rating of Good, with Outstanding for its work with partners.", new[] { "Good/overall", "Outstanding/domain" }),
        new("Marden PDU Good Fosby PDU Inadequate", new[] { "Good/overall", "Inadequate/overall" }),
    ];

    [TestCaseSource(nameof(Phrasings))]
    public void Extract_RatingPhrasing_FindsRatings(string paragraph, string[] expected)
    {
        var findings = TestDocuments.Extract(paragraph);

        var actual = findings.Ratings.Select(r => $"{r.Value}/{Matching.AspectClass(r.Aspect)}").ToArray();
        Assert.That(actual, Is.EqualTo(expected));
    }

    [Test]
    public void Extract_LabelLinesAfterSentence_KeepOnlyTheirOwnLabels()
    {
        var findings = TestDocuments.Extract("Domain one: organisational delivery. Governance and leadership: Good. Staff: Requires improvement.");

        Assert.That(findings.Ratings.Select(r => (r.Value, r.Aspect)), Is.EqualTo(new[] { ("Good", "governance and leadership"), ("Requires improvement", "staff") }));
    }

    [Test]
    public void Extract_LabelParagraphThenGradeParagraph_ReadsTableRow()
    {
        var findings = TestDocuments.Extract("Overall rating", "Requires improvement");

        Assert.That(findings.Ratings.Select(r => (r.Value, r.Aspect)), Is.EqualTo(new[] { ("Requires improvement", "overall") }));
    }

    [Test]
    public void Extract_RatingSentence_CarriesSubjectAndOffsets()
    {
        const string text = "HM Inspectorate of Probation has given the London division of the NPS an overall rating of ‘Requires improvement’.";

        var rating = TestDocuments.Extract(text).Ratings.Single();

        Assert.Multiple(() =>
        {
            Assert.That(rating.Subject, Is.EqualTo("London division of the NPS"));
            Assert.That(text[rating.Evidence.Start..rating.Evidence.End], Is.EqualTo("Requires improvement"));
            Assert.That(rating.Evidence.Paragraph, Is.Zero);
            Assert.That(rating.Excerpt, Is.EqualTo(text));
        });
    }
}
