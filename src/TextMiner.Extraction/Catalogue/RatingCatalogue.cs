namespace TextMiner.Extraction.Catalogue;

/// <summary>
/// The ratings rules of the catalogue (ids `ratings.&lt;aspect-kind&gt;.&lt;form&gt;`). The aspect kind is what the grade
/// is attached to (the body's overall grade, a named domain, or a plural summary); the form is how the text states it.
/// </summary>
public static class RatingCatalogue
{
    public const string OverallRatedAs = "ratings.overall.rated-as";
    public const string OverallRatingNoun = "ratings.overall.rating-noun";
    public const string OverallChange = "ratings.overall.change";
    public const string OverallVerdict = "ratings.overall.verdict";
    public const string OverallTableRow = "ratings.overall.table-row";
    public const string OverallListedBodies = "ratings.overall.listed-bodies";
    public const string DomainRatedAs = "ratings.domain.rated-as";
    public const string DomainRatingNoun = "ratings.domain.rating-noun";
    public const string DomainChange = "ratings.domain.change";
    public const string DomainVerdict = "ratings.domain.verdict";
    public const string DomainBracketed = "ratings.domain.bracketed";
    public const string DomainList = "ratings.domain.list";
    public const string DomainTableRow = "ratings.domain.table-row";
    public const string SummaryCounted = "ratings.summary.counted";
    public const string SummaryGradeCounts = "ratings.summary.grade-counts";

    public static IReadOnlyList<ExtractionRule> Rules { get; } =
    [
        new(OverallRatedAs, "A body's grade after a rating verb: rated, judged, graded, assessed … as, found … to be; also a gapped clause sharing the verb (“X was rated good, Y inadequate”), “as was the Y region”, “one of six services rated” and a body's name with its grade in brackets.", 0.9,
            ["Thornbury PDU has been rated ‘Requires improvement’ by inspectors.",
             "Inspectors judged the Eastvale Youth Justice Service to be Outstanding.",
             "HMIP assessed the Marsden PDU as ‘requiring improvement’.",
             "Carrow Youth Justice Service was inspected in May and was rated ‘Good’.",
             "Tarnby PDU, rated ‘Inadequate’ two years ago, has now been rated ‘Good’.",
             "Felsham PDU has been told it requires improvement.",
             "Eastcombe was rated good, Marlby requires improvement and Tenfold inadequate.",
             "Holbeck YOT is one of six services rated inadequate this year.",
             "The Brenton service has received the lowest rating, inadequate.",
             "The watchdog judged Eastfield PDU to be inadequate.",
             "Inspectors rated Brackley PDU good and Tenby PDU requires improvement.",
             "The Northfleet region was rated Requires improvement in 2023, as was the Wales region.",
             "Linwood PDU (Good) and Hartle PDU (Inadequate) were both inspected last year."],
            ["The Thornbury PDU could be rated Inadequate if nothing changes.",
             "Inspectors found the quality of the casework good in most teams.",
             "Lord Hale asked how many probation delivery units have been rated inadequate since 2020.",
             "Managers hope the unit will be rated good at its next inspection.",
             "Only one of the six units rated Inadequate had a new head of service."]),
        new(OverallRatingNoun, "A body's grade as a rating noun: an overall rating of X, a ‘X’ rating.", 0.9,
            ["Halden Youth Offending Service has been given an overall rating of ‘Good’.",
             "The unit kept its ‘Good’ rating after a second visit."],
            ["Would the unit keep its ‘Good’ rating?",
             "Its ‘Good’ rating for court work reflects careful reports."]),
        new(OverallChange, "A body's grade stated as a change: improved from X to Y, slipped to, downgraded to.", 0.85,
            ["Overall, Brackley PDU improved from Requires improvement to Good.",
             "The Wexcombe service was downgraded to Inadequate.",
             "The Selby Road unit has been downgraded to requires improvement.",
             "The Pellow unit’s rating rose from requires improvement to good."],
            ["Brackley PDU hopes to improve to Good next year.",
             "Attendance at the training rose from poor to good."]),
        new(OverallVerdict, "A quoted grade given as the inspectors' verdict without a rating verb: inspectors said it was ‘inadequate’; unquoted only for “requires improvement” said of the body.", 0.75,
            ["Inspectors said the Corran service, which works with children aged 10 to 17, was ‘inadequate’.",
             "The Elmstead probation company is ‘requiring improvement’, an independent inspection has concluded.",
             "Tarnwell PDU still requires improvement, inspectors have concluded.",
             "The youth justice service in Penhallow is outstanding, inspectors have said."],
            ["Managers said the mood in the Corran office was good.",
             "The plan is good, inspectors have said, but it needs to be carried out.",
             "Inspectors said the Brayfield service was ‘good’ at keeping children safe.",
             "Inspectors found that the way risk is recorded requires improvement."]),
        new(OverallListedBodies, "Named bodies sharing one grade as the subject or object of the rating verb: one overall rating per body; “both units” (or “the two services”) given one grade are two bodies, each its own overall rating.", 0.85,
            ["Both Kelby and Ashford PDUs were rated ‘Requires improvement’.",
             "The Kelby, Ashford and Barrow PDUs have all been rated as Inadequate.",
             "Ferrow and Lantby youth justice services were both rated good.",
             "Inspectors rated Marsh Lane PDU and Eastgate PDU as Inadequate.",
             "But both units were rated inadequate after the visits in May."],
            ["Leadership and Staff were rated ‘Good’.",
             "Kelby PDU was rated ‘Good’ and its partnerships were strong.",
             "Both areas were rated Good by inspectors.",
             "Inspectors rated leadership and staffing as Good."]),
        new(OverallTableRow, "The overall row of a ratings table: “Overall rating | Good”, “Overall: Requires improvement”; a row labelled by a body's name (“Arnley | 2023 | Good”, “Wales – Good”) is that body's overall grade; so is each body of a list grouped by grade (“Good: Anytown YOT, Barset YJS”).", 0.95,
            ["Overall rating | 5 | Requires improvement 1. Organisational delivery 1.1 Leadership | | Good",
             "Arnley | 2023 | Requires improvement",
             "Marden PDU Good Fosby PDU Inadequate",
             "North West – Requires improvement Wales – Good",
             "Outstanding: Brockley YJS, Tarn Valley YJS Inadequate – Westfold PDU"],
            ["Overall, the team worked well and morale was good.",
             "Tollby PDU Good",
             "Tollby PDU – Good",
             "Good: the team has made real progress since the last visit.",
             "Good news: Anytown YOT has a new manager."]),
        new(DomainRatedAs, "A domain's grade after a rating verb, the domain being the clause's subject or object; a counted group rated “in” an area of work named by a gerund (“all four regions … Inadequate in helping people to change”) is that area's grade.", 0.85,
            ["Work with victims was rated ‘Outstanding’.",
             "Resettlement work, which the inspectors looked at separately, was rated Good.",
             "Inspectors rated the quality of work to protect the public as ‘Inadequate’.",
             "Its casework was judged ‘Inadequate’, although leaders knew what had to change.",
             "The Wendle PDU was rated ‘Good’ for its handling of complaints.",
             "Inspectors rated its staffing inadequate.",
             "Inspectors rated all three regions as ‘Requires improvement’ in keeping the public safe."],
            ["Work with victims needs to be rated Good before the next inspection.",
             "Corbridge PDU, which was rated outstanding, was praised for its leadership.",
             "Inspectors rated all three regions as Good in the remaining standards."]),
        new(DomainRatingNoun, "A rating noun with the domain after `for`: a ‘Good’ rating for its court work, an ‘outstanding’ verdict for X.", 0.85,
            ["The Ashcombe division received a ‘Good’ rating for its court work.",
             "The lead inspector returned an ‘Outstanding’ verdict for the delivery of out-of-court disposals."],
            ["The Ashcombe division received a ‘Good’ rating overall.",
             "The Ashcombe division received a ‘Good’ rating for the second time."]),
        new(DomainChange, "A domain's grade stated as a change: the one area that slipped to Inadequate was resettlement.", 0.8,
            ["The one area that slipped to Inadequate was resettlement."],
            ["The Fenwick PDU slipped to Inadequate."]),
        new(DomainVerdict, "A quoted grade after a copula whose subject is a domain: assessment and planning were ‘inadequate’; unquoted when inspectors found it of named domains (not the adjective “good”).", 0.75,
            ["In the Brook Lane review, resettlement work was ‘inadequate’.",
             "Inspectors found that case supervision was inadequate.",
             "Inspectors said work to keep children safe was ‘outstanding’.",
             "Leadership was inadequate, inspectors concluded."],
            ["Staff said the new office was ‘good’ for morale.",
             "Inspectors found that staff morale was good.",
             "Staff morale was good, inspectors said.",
             "Inspectors found that some areas were inadequate."]),
        new(DomainBracketed, "A domain with its grade in brackets: court work (Good).", 0.8,
            ["We found unpaid work (Outstanding) and victim work (Good) to be strong."],
            ["Scores run from 0 (Inadequate) to 3 (Outstanding)."]),
        new(DomainList, "One grade shared by a list of domains, split into items; a second grade may cover the rest of the list.", 0.8,
            ["Inspectors rated leadership, staff and partnerships as ‘Good’ and the remaining three standards as ‘Requires improvement’.",
             "In three areas – staff, assessment and resettlement – the Kelby service was picked out as ‘Outstanding’.",
             "The inspectorate gave Norbury YJS an ‘Outstanding’ rating for its leadership, and also for its joint working and its victim work.",
             "The Quarrow service’s leadership was judged ‘Outstanding’, and its staff, partnerships and information and facilities ‘Good’.",
             "Harlow PDU scored ‘Inadequate’ on assessment, planning and reviewing.",
             "Denby YJS was rated ‘Good’ for leadership and for partnerships and services.",
             "The rating covers leadership, staff and partnerships, which were all judged to be Good.",
             "Inspectors gave Tarrow YOT an overall rating of ‘Good’, with its leadership and partnerships judged ‘Outstanding’.",
             "Inspectors rated leadership, staff and partnerships Good.",
             "Staffing was rated as inadequate, while leadership and partnerships were rated as good.",
             "The inspectors gave Good ratings to leadership, staffing and partnerships."],
            ["Leadership was rated Good."]),
        new(DomainTableRow, "A domain's row in a ratings table, or a label line: “1.2 Staff | | Inadequate”, “Unpaid work: Good”, a contents-style row with dot leaders; a bare “Rating: Good” line takes the standard of the heading paragraph above it.", 0.95,
            ["2.1 Assessment Good 2.2 Planning Outstanding 2.3 Implementation and delivery Good",
             "Unpaid work: Outstanding",
             "Governance and leadership Outstanding",
             "3.1 Reviewing .......... Inadequate"],
            ["Unpaid work: hours are being completed more slowly.",
             "Staffing Inadequate at Fenbury, inspectors say"]),
        new(SummaryCounted, "A plural summary, one record per grade: four services were rated Good; ‘good’ or ‘outstanding’ in 9 of 12 areas.", 0.85,
            ["Of the 20 PDUs inspected this year, 12 were rated “inadequate” and the other 8 “require improvement”.",
             "The inspection team judged the Tollbridge service ‘good’ or ‘outstanding’ in 10 of the 12 aspects of its work.",
             "In 2021 the inspectorate rated 14 units as Requires improvement and three as Inadequate.",
             "The Linfield service was judged ‘Outstanding’ in leadership and ‘Good’ in every other area.",
             "The Sorrel YJS was rated Good in eight areas, Outstanding in two and Requires improvement in two.",
             "Of the 12 regions, nine had been rated requires improvement and three inadequate.",
             "Across its 12 standards, the Fenny service received seven ‘Good’ ratings and five ‘Inadequate’ ratings.",
             "More than half of the 21 PDUs inspected were rated Inadequate."],
            ["None of the 14 units was rated Outstanding.",
             "Tollbridge PDU was rated Good, with some areas judged ‘outstanding’.",
             "Ashby YJS was rated ‘Good’ overall and ‘Outstanding’ in some areas.",
             "Felling YJS is one of only three services in the country to be rated ‘Outstanding’.",
             "The Birkin PDU, rated Inadequate in 2023, has now been rated Requires improvement.",
             "The service was inspected in June 2023 and was judged to be Good overall.",
             "One of only two Outstanding ratings we awarded this year went to a youth service."]),
        new(SummaryGradeCounts, "A chart's table of how many bodies got each grade: “Outstanding 2 Good 11 Requires improvement 15”.", 0.9,
            ["Figure 2: YOS overall ratings, 2022/2023 Outstanding 3 Good 12 Requires improvement 9 Inadequate 2",
             "Outstanding (3 standards), Good (6 standards), Requires improvement (3 standards)"],
            ["Outstanding work was seen in 12 cases."]),
    ];

    private static readonly Dictionary<string, double> Confidences = Rules.ToDictionary(r => r.Id, r => r.Confidence, StringComparer.Ordinal);

    /// <summary>The base confidence of the rule <paramref name="id"/>.</summary>
    public static double ConfidenceOf(string id) => Confidences[id];
}
