using System.Globalization;
using TextMiner.Core.Records;
using TextMiner.TestSupport;

namespace TextMiner.Extraction.Tests.Seeds;

/// <summary>The five real seed documents (corpus/seeds), with the findings a reader expects from each.</summary>
public sealed class SeedDocumentTests
{
    private static readonly TestCaseData[] Seeds =
    [
        new TestCaseData("000_12a8d37b9c007e38.txt",
            Array.Empty<string>(),
            new[] { "vacancy-rate=20", "vacancies=150" },
            new[] { "Ian Lawrence: this report is really worrying", "Ian Lawrence: what this shows us" }).SetName("Seed000_NapoPressRelease"),
        new TestCaseData("001_fecc37bdf789a263.txt",
            Array.Empty<string>(),
            new[]
            {
                "people-supervised=106000", "workload=60", "workload=60", "workload=100", "vacancies=600",
                // "over 60% … in excess of 100%" restates the NPS figure of the paragraph before: one fact, one record (DESIGN.md).
                "staff-in-post=3319", "staff-required=3934", "vacancies=615", "workload=30", "workload=120", "caseload=215", "people-supervised=105000",
            },
            new[]
            {
                "Justin Russell: This reflects an ongoing", "Justin Russell: not of a sufficient standard",
                "one nps manager: We are the poor relation", "Justin Russell: basic domestic violence",
                "Justin Russell: If you are supervising", "Justin Russell: It was a particularly horrible case",
                "Ian Lawrence: vindicates what Napo has been saying", "Ian Lawrence: It is not sustainable",
                "Ian Lawrence: Probation is a vital service",
            }).SetName("Seed001_Newspaper"),
        new TestCaseData("002_a65fbe37223b3427.txt",
            Array.Empty<string>(),
            new[] { "workload=150", "caseload=15", "caseload=20", "caseload=30", "caseload=35" },
            Array.Empty<string>()).SetName("Seed002_NapoMagazine"),
        new TestCaseData("003_60c6e7e09c21e100.txt",
            new[] { "Requires improvement/overall", "Good/court work" },
            new[] { "people-supervised=17000", "vacancies=150", "sickness-absence=10", "people-supervised=17359", "staff-in-post=1268" },
            new[] { "Glenys Stacey: We have found work with victims", "Glenys Stacey: At the time of inspection" }).SetName("Seed003_HmipPressRelease"),
        new TestCaseData("004_a7169dbeeddd8cc3.txt",
            Array.Empty<string>(),
            Array.Empty<string>(),
            new[] { "the inspector: To deliver well", "Ian Lawrence: Napo has been campaigning" }).SetName("Seed004_NapoPressRelease"),
    ];

    [TestCaseSource(nameof(Seeds))]
    public void Extract_SeedDocument_FindsExpectedRecords(string file, string[] ratings, string[] figures, string[] quotes)
    {
        var findings = new FindingsExtractor().Extract(TestDocuments.FromFile(Corpus.Path("seeds", file)));

        Assert.Multiple(() =>
        {
            Assert.That(findings.Ratings.Select(r => $"{r.Value}/{r.Aspect}"), Is.EqualTo(ratings), "ratings");
            Assert.That(findings.Figures.Select(f => $"{f.Kind}={f.Value.ToString(CultureInfo.InvariantCulture)}"), Is.EqualTo(figures), "figures");
            Assert.That(findings.Quotes, Has.Count.EqualTo(quotes.Length), "quotes");
            for (var i = 0; i < Math.Min(quotes.Length, findings.Quotes.Count); i++)
            {
                Assert.That($"{findings.Quotes[i].Speaker}: {findings.Quotes[i].Text}", Does.StartWith(quotes[i]), $"quote {i}");
            }
        });
    }

    [Test]
    public void Extract_Seed003_JoinsTheMultiParagraphQuoteAndSetsRoleAndSubject()
    {
        var findings = new FindingsExtractor().Extract(TestDocuments.FromFile(Corpus.Path("seeds", "003_60c6e7e09c21e100.txt")));

        var first = findings.Quotes[0];
        Assert.Multiple(() =>
        {
            Assert.That(first.Text, Does.EndWith("still being failed by the service.”".TrimEnd('”')));
            Assert.That(first.Role, Is.EqualTo("Chief Inspector of Probation"));
            Assert.That(first.Organisation, Is.EqualTo("HM Inspectorate of Probation"));
            Assert.That(findings.Ratings[0].Subject, Is.EqualTo("London division of the NPS"));
        });
    }

    [Test]
    public void Extract_SameDocumentTwice_GivesEqualFindings()
    {
        var document = TestDocuments.FromFile(Corpus.Path("seeds", "001_fecc37bdf789a263.txt"));
        var extractor = new FindingsExtractor();

        Findings first = extractor.Extract(document);
        Findings second = extractor.Extract(document);

        Assert.That(second.Quotes.Select(q => q.Text), Is.EqualTo(first.Quotes.Select(q => q.Text)));
    }
}
