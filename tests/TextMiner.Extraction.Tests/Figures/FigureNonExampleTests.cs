namespace TextMiner.Extraction.Tests.Figures;

public sealed class FigureNonExampleTests
{
    private static readonly string[] NonExamples =
    [
        "The report was published in 2019 and fieldwork took place in January and February 2019.",
        "The London division supervised people as at 30 September 2018.",
        "For media enquiries, please contact Head of Communications on 07889 405930.",
        "The full findings are set out on page 12 and in paragraph 4.3 of the report.",
        "In more than a fifth of inspected cases, victims were not offered the scheme.",
        "In 20% of cases inspected, the assessment of risk of harm was not sufficient.",
        "The watchdog inspected all seven NPS divisions which handle 42% of the total probation workload.",
        "Seven out of 10 probation staff were female, whereas 97% of offenders were male.",
        "The report makes seven recommendations.",
        "The report is available on Wednesday 22 May 00:01.",
        "The contract is worth £250 million over seven years.",
        "Inspectors examined 120 cases across the PDU.",
        "Middle managers had spans of control of up to 14 staff.",
        "The branch has 40 members and meets monthly.",
        "The team had 2,400 cases open at the end of the year.",
        "Inspectors read a sample of cases, typically 10% of the live caseload and never fewer than 40 cases.",
        "Seventy per cent of staff told us their workload was unmanageable.",
        "We have 17 trainee probation officers due to qualify next spring.",
        "71% of those who replied said their workload was unmanageable, and 18% said they planned to leave.",
        "We inspected 27 court disposals and held meetings with 41 staff and partners.",
        "A child who has four case managers in a year learns that adults don't stay.",
        "Ratings: 1.1 Leadership Good 1.2 Staffing Inadequate",
        "Question 5: What would you regard as a manageable caseload for a newly qualified officer?",
    ];

    [TestCaseSource(nameof(NonExamples))]
    public void Extract_NonExample_FindsNoFigure(string paragraph)
    {
        Assert.That(TestDocuments.Extract(paragraph).Figures, Is.Empty);
    }
}
