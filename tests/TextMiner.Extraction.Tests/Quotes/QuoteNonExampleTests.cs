namespace TextMiner.Extraction.Tests.Quotes;

public sealed class QuoteNonExampleTests
{
    private static readonly string[] NonExamples =
    [
        "HM Inspectorate of Probation described work with victims as “wholly unsatisfactory”.",
        "The union said the situation was ‘not sustainable’ and called for action.",
        "Napo’s members don’t accept that probation’s problems are their fault.",
        "The members’ ballot closes on Friday and the union’s executive will meet on Monday.",
        "Workloads were ‘high’ and there were 'critical shortages' in the service.",
        "The first motion, “Workload relief for practice tutor assessors in London PDUs”, calls for protected time.",
        "The report, entitled ‘A thematic inspection of the work of probation with women’, was published today.",
    ];

    [TestCaseSource(nameof(NonExamples))]
    public void Extract_NonExample_FindsNoQuote(string paragraph)
    {
        Assert.That(TestDocuments.Extract(paragraph).Quotes, Is.Empty);
    }
}
