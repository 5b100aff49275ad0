using TextMiner.Evaluation.Extraction;

namespace TextMiner.Extraction.Tests.Ratings;

/// <summary>
/// Genre probes: invented sentences in the ways inspectorate press releases, inspection pages, youth justice reports,
/// council papers, union news and newspapers state grades, varied in verb, case, quote marks and word order. Each is
/// read as a document of its own.
/// </summary>
public sealed class RatingGenreProbeTests
{
    private static readonly TestCaseData[] Probes =
    [
        // Press releases and inspection pages.
        new(new[] { "Inspectors have rated youth justice services in Marlow as ‘Good’ overall." }, new[] { "Good/overall" }),
        new(new[] { "The Harrowfield Probation Delivery Unit has been rated as 'Requires improvement' by HM Inspectorate of Probation." }, new[] { "Requires improvement/overall" }),
        new(new[] { "Oakbridge Youth Justice Service was judged to be Outstanding following an inspection in March." }, new[] { "Outstanding/overall" }),
        new(new[] { "Westcombe YJS was awarded a rating of “Inadequate”, the lowest of the four grades." }, new[] { "Inadequate/overall" }),
        new(new[] { "The Dunmore PDU has received the highest rating, Outstanding." }, new[] { "Outstanding/overall" }),
        new(new[] { "In its first inspection, the Northam PDU got an overall rating of Good." }, new[] { "Good/overall" }),
        new(new[] { "The Ravensworth probation unit received a ‘requires improvement’ judgement." }, new[] { "Requires improvement/overall" }),
        new(new[] { "The service’s overall judgement is ‘Requires improvement’." }, new[] { "Requires improvement/overall" }),

        // Lower-case and unquoted grade words.
        new(new[] { "Lindale youth offending team was given a rating of good by inspectors." }, new[] { "Good/overall" }),
        new(new[] { "Inspectors rated the Felham service requires improvement overall." }, new[] { "Requires improvement/overall" }),
        new(new[] { "The youth justice service in Penhallow is outstanding, inspectors have said." }, new[] { "Outstanding/overall" }),
        new(new[] { "Leadership was inadequate, inspectors concluded." }, new[] { "Inadequate/domain" }),
        new(new[] { "The unit’s rating rose from requires improvement to good." }, new[] { "Requires improvement/overall", "Good/overall" }),
        new(new[] { "The unit had been rated good before the pandemic." }, new[] { "Good/overall" }),

        // Past grades.
        new(new[] { "Tollbridge PDU was rated Inadequate in 2022 and has since improved." }, new[] { "Inadequate/overall" }),
        new(new[] { "The Dalby PDU is now rated as ‘Good’ after being rated ‘Inadequate’ in 2019." }, new[] { "Good/overall", "Inadequate/overall" }),
        new(new[] { "Previously rated Inadequate, the Hale PDU is now rated Requires improvement." }, new[] { "Inadequate/overall", "Requires improvement/overall" }),

        // A headline grade with an aside about some areas, and a grade for a list then for the rest.
        new(new[] { "The service was rated good overall, although some areas were found to be outstanding." }, new[] { "Good/overall" }),
        new(new[] { "The report rated the service ‘requires improvement’ overall, with leadership rated good." }, new[] { "Requires improvement/overall", "Good/domain" }),
        new(new[] { "The unit was rated Good for partnerships and services, assessment and planning, and Requires improvement for the rest." },
            new[] { "Good/domain", "Good/domain", "Good/domain", "Requires improvement/summary" }),
        new(new[] { "Inspectors rated the three domains as follows: organisational delivery – Good; court disposals – Outstanding; out-of-court disposals – Requires improvement." },
            new[] { "Good/domain", "Outstanding/domain", "Requires improvement/domain" }),

        // Lists of domains: the verb's object, after a joint, after a rating noun.
        new(new[] { "Staffing was rated as inadequate, while leadership and partnerships were rated as good." }, new[] { "Inadequate/domain", "Good/domain", "Good/domain" }),
        new(new[] { "Inspectors rated leadership, staff and partnerships Good, and information and facilities Requires improvement." },
            new[] { "Good/domain", "Good/domain", "Good/domain", "Requires improvement/domain" }),
        new(new[] { "The inspectors gave Good ratings to leadership, staffing and partnerships." }, new[] { "Good/domain", "Good/domain", "Good/domain" }),
        new(new[] { "The standards rated Outstanding were leadership, staff and partnerships." }, new[] { "Outstanding/domain", "Outstanding/domain", "Outstanding/domain" }),
        new(new[] { "The areas judged to be Outstanding were assessment and planning." }, new[] { "Outstanding/domain", "Outstanding/domain" }),
        new(new[] { "The YJS was rated ‘Outstanding’ for leadership, with every other area rated ‘Good’." }, new[] { "Outstanding/domain", "Good/summary" }),
        new(new[] { "The service was rated ‘Outstanding’ for leadership and ‘Good’ for the rest of its work." }, new[] { "Outstanding/domain", "Good/summary" }),

        // Plural summaries and a body's tally of its standards.
        new(new[] { "Last year the inspectorate rated four services Inadequate and eleven Requires improvement." }, new[] { "Inadequate/summary", "Requires improvement/summary" }),
        new(new[] { "More than half of the 21 PDUs inspected were rated Inadequate." }, new[] { "Inadequate/summary" }),
        new(new[] { "Across the 12 standards, the service received seven ‘good’ ratings and five ‘requires improvement’ ratings." }, new[] { "Good/summary", "Requires improvement/summary" }),
        new(new[] { "Outstanding (3 standards), Good (6 standards), Requires improvement (3 standards)" }, new[] { "Outstanding/summary", "Good/summary", "Requires improvement/summary" }),

        // Several bodies in one sentence: named as subject or object, or "both" of two named before.
        new(new[] { "Inspectors rated Marsh Lane PDU and Eastgate PDU as Inadequate." }, new[] { "Inadequate/overall", "Inadequate/overall" }),
        new(new[] { "Inspectors judged Tarn PDU and Wexcombe PDU to be Good." }, new[] { "Good/overall", "Good/overall" }),
        new(new[] { "Two probation units in Kent were inspected.", "Both units were rated Requires improvement after the inspections in May." },
            new[] { "Requires improvement/overall", "Requires improvement/overall" }),
        new(new[] { "Inspectors visited Ashby and Corvale in March.", "But both services were rated inadequate after the inspections." }, new[] { "Inadequate/overall", "Inadequate/overall" }),
        new(new[] { "The Ferrow and Lantby units were inspected in June.", "The two units were both rated Inadequate." }, new[] { "Inadequate/overall", "Inadequate/overall" }),
        new(new[] { "Both areas were rated Good by inspectors." }, new[] { "Good/summary" }),
        new(new[] { "Inspectors rated all three regions as Requires improvement in keeping the public safe." }, new[] { "Requires improvement/domain" }),
        new(new[] { "It received ‘Good’ for staff and for information and facilities, and ‘Requires improvement’ for everything else." },
            new[] { "Good/domain", "Good/domain", "Requires improvement/summary" }),
        new(new[] { "It was rated Outstanding for leadership and Good for everything else." }, new[] { "Outstanding/domain", "Good/summary" }),

        new(new[] { "Eastmoor and Westmoor PDUs were rated Requires improvement and Inadequate respectively." }, new[] { "Requires improvement/overall", "Inadequate/overall" }),
        new(new[] { "Wexley and Dorne youth justice services were rated outstanding and good respectively." }, new[] { "Outstanding/overall", "Good/overall" }),
        new(new[] { "North Cray PDU was rated Inadequate, as were Southmere PDU and Eastfield PDU." }, new[] { "Inadequate/overall", "Inadequate/overall", "Inadequate/overall" }),
        new(new[] { "The Wenlock and Staverton PDUs have both been rated as requiring improvement." }, new[] { "Requires improvement/overall", "Requires improvement/overall" }),
        new(new[] { "Inspectors gave the PDU the lowest rating, ‘inadequate’, in three of the four areas assessed." }, new[] { "Inadequate/summary" }),
        new(new[] { "Two of the three PDUs in the region were rated Inadequate and the third Requires improvement." }, new[] { "Inadequate/summary", "Requires improvement/overall" }),

        // Youth justice inspections: court and out-of-court disposals, the four case standards.
        new(new[] { "Merebrook Youth Offending Service has been rated ‘Good’ following an inspection.", "Inspectors rated organisational delivery as Good, court disposals as Outstanding and out-of-court disposals as Requires improvement." },
            new[] { "Good/overall", "Good/domain", "Outstanding/domain", "Requires improvement/domain" }),
        new(new[] { "Hallam YOT was given an overall rating of Requires improvement. Its work on court disposals was judged Good, but its out-of-court work was rated Inadequate." },
            new[] { "Requires improvement/overall", "Good/domain", "Inadequate/domain" }),
        new(new[] { "The service was rated inadequate for assessment, planning and reviewing in out-of-court disposals, and requires improvement for implementation and delivery." },
            new[] { "Inadequate/domain", "Inadequate/domain", "Inadequate/domain", "Requires improvement/domain" }),
        new(new[] { "Kelmoor Youth Justice Service was rated ‘good’ by inspectors, who found its work with children subject to court orders to be outstanding." }, new[] { "Good/overall", "Outstanding/domain" }),
        new(new[] { "Our inspection found work in court to be outstanding." }, new[] { "Outstanding/domain" }),

        // Tables flattened to lines, one cell per paragraph, and lists grouped by grade.
        new(new[] { "Domain one: organisational delivery", "Leadership – Good", "Staff – Requires improvement", "Partnerships and services – Good" },
            new[] { "Good/domain", "Requires improvement/domain", "Good/domain" }),
        new(new[] { "Court disposals", "2.1 Assessment Good", "2.2 Planning Good", "2.3 Implementation and delivery Outstanding", "2.4 Reviewing Requires improvement" },
            new[] { "Good/domain", "Good/domain", "Outstanding/domain", "Requires improvement/domain" }),
        new(new[] { "1.2 Staff", "Rating: Good" }, new[] { "Good/domain" }),
        new(new[] { "Domain two: court disposals", "2.1 Assessment", "Rating: Inadequate", "2.2 Planning", "Rating: Requires improvement" },
            new[] { "Inadequate/domain", "Requires improvement/domain" }),
        new(new[] { "Standard 1.3: Partnerships and services", "Rating: Outstanding" }, new[] { "Outstanding/domain" }),
        new(new[] { "Overall rating: Good" }, new[] { "Good/overall" }),
        new(new[] { "3.1 Reviewing .......... Inadequate" }, new[] { "Inadequate/domain" }),
        new(new[] { "2.4 Reviewing ........ Good", "2.3 Implementation and delivery ........ Requires improvement" }, new[] { "Good/domain", "Requires improvement/domain" }),
        new(new[] { "Overall rating", "Requires improvement" }, new[] { "Requires improvement/overall" }),
        new(new[] { "1.1 Governance and leadership  Good" }, new[] { "Good/domain" }),
        new(new[] { "Good: Anytown YOT" }, new[] { "Good/overall" }),
        new(new[] { "Outstanding: Brockley YJS, Tarn Valley YJS" }, new[] { "Outstanding/overall", "Outstanding/overall" }),
        new(new[] { "Outstanding: Brockley YJS Requires improvement – Westfold PDU and Harnley PDU" }, new[] { "Outstanding/overall", "Requires improvement/overall", "Requires improvement/overall" }),
    ];

    /// <summary>Grade words as ordinary words, and lines that only look like a list grouped by grade.</summary>
    private static readonly string[] NonExamples =
    [
        "Staff morale was good, inspectors said.",
        "The report said there was good practice in the court team and a good relationship with the police.",
        "Inspectors found inadequate staffing levels and outstanding cases in the unit.",
        "Leaders accept the service requires improvement in how it manages risk.",
        "Good: the team has made real progress since the last visit.",
        "Outstanding: a review of the year",
        "Good news: Anytown YOT has a new manager.",
        "Requires improvement: what it means for your team",
        "Attendance at the training rose from poor to good.",
        "Inspectors saw seven good examples and five outstanding ones.",
        "The service received 12 good reports from partners.",
        "More than half of the staff said their workload was inadequate.",
        "Communication was inadequate, the union said.",
        "The plan is good, inspectors have said, but it needs to be carried out.",
        "One of only two Outstanding ratings we awarded this year went to a youth service.",
        "Staffing – Inadequate",
        "Inspectors found work with victims to be good in every team they visited.",
        "The two teams were both rated by their managers in the staff survey.",
    ];

    [TestCaseSource(nameof(Probes))]
    public void Extract_GenreProbe_FindsOneRecordPerGrade(string[] paragraphs, string[] expected)
    {
        var findings = TestDocuments.Extract(paragraphs);

        var actual = findings.Ratings.Select(r => $"{r.Value}/{Matching.AspectClass(r.Aspect)}").ToArray();
        Assert.That(actual, Is.EquivalentTo(expected));
    }

    [TestCaseSource(nameof(NonExamples))]
    public void Extract_GenreNonExample_FindsNoRating(string paragraph)
    {
        Assert.That(TestDocuments.Extract(paragraph).Ratings, Is.Empty);
    }

    [Test]
    public void Extract_ListGroupedByGrade_NamesEachBody()
    {
        var findings = TestDocuments.Extract("Outstanding: Brockley YJS, Tarn Valley YJS");

        Assert.That(findings.Ratings.Select(r => r.Subject), Is.EqualTo(new[] { "Brockley YJS", "Tarn Valley YJS" }));
    }
}
