namespace TextMiner.Extraction.Tests.Ratings;

public sealed class RatingNonExampleTests
{
    private static readonly string[] NonExamples =
    [
        "There are examples of good practice, including the work of the women’s centre partnership.",
        "Inspectors found the assessment and planning of cases is done to a good standard overall.",
        "Napo says inadequate staffing is putting the public at risk.",
        "The PDU could be rated Inadequate if serious concerns about public protection are identified.",
        "Was your PDU rated Good at its last inspection?",
        "Each organisation is rated on a four-point scale: Outstanding, Good, Requires improvement or Inadequate.",
        "No NPS division was rated Outstanding.",
        "Most areas were expected to be rated either Requires improvement or Inadequate.",
        "We have found work with victims to be good or outstanding in other NPS divisions.",
        "The London division’s work with victims was described as “wholly unsatisfactory”.",
        "An organisation that is rated Inadequate in any standard may find its overall rating limited.",
        "Managers want the PDU to be rated Outstanding next time.",
        "The service requires improvement in several areas, inspectors said.",
        "Only where the text says something was rated one of Outstanding, Good, Requires improvement or Inadequate.",
        "Youth justice services are rated on a four-point scale: Outstanding, Good, Requires improvement and Inadequate.",
        "None of the 12 PDUs was rated Outstanding.",
        "Neither division was rated Inadequate.",
        "Each standard is scored from 0 (Inadequate) to 3 (Outstanding).",
        "Where 80 per cent or more of cases meet the standard, the rating is likely to be Outstanding.",
        "A unit rated Requires improvement may contain teams doing excellent work.",
        "Each Outstanding counts three points, Good two points, Requires improvement one point and Inadequate zero.",
        "Lord Hale asked how many probation delivery units have been rated inadequate since 2020.",
        "Managers hope the unit will be rated good at its next inspection.",
        "Only one of the six units rated Inadequate had a new head of service.",
        "Tollby PDU Good",
        "Tollby PDU – Good",
        "Its officers were found to be good at building trust with children.",
        "Inspectors found that staff morale was good.",
        "Inspectors found that some areas were inadequate.",
    ];

    [TestCaseSource(nameof(NonExamples))]
    public void Extract_NonExample_FindsNoRating(string paragraph)
    {
        Assert.That(TestDocuments.Extract(paragraph).Ratings, Is.Empty);
    }
}
