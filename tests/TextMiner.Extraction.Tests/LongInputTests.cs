namespace TextMiner.Extraction.Tests;

/// <summary>Run-on paragraphs (a table or a page flattened into one line) are read through bounded windows.</summary>
public sealed class LongInputTests
{
    [Test]
    public void Extract_RunOnParagraph_KeepsEachFigureEvidenceNearItsNumber()
    {
        var runOn = string.Join(' ', Enumerable.Range(0, 2000).Select(i => $"officers were holding {40 + (i % 30)} cases each and"));

        var findings = TestDocuments.Extract(runOn);

        Assert.Multiple(() =>
        {
            Assert.That(findings.Figures, Has.Count.EqualTo(2000));
            Assert.That(findings.Figures.Max(f => f.Evidence.Length), Is.LessThanOrEqualTo(700));
        });
    }

    [Test]
    public void Extract_LongTableInOneParagraph_GivesEachFigureItsRowAsEvidence()
    {
        var rows = string.Join(' ', Enumerable.Range(0, 3000).Select(i => $"Area {i} | {10 + (i % 50)} | {i % 40}%"));

        var findings = TestDocuments.Extract("Region | Target | Vacancy rate " + rows);

        Assert.Multiple(() =>
        {
            Assert.That(findings.Figures, Has.Count.EqualTo(6000));
            Assert.That(findings.Figures[0].Excerpt, Is.EqualTo("Area 0 | 10 | 0%"));
        });
    }

    [Test]
    public void Extract_ThousandsOfQuotesInOneParagraph_AttributesEveryOne()
    {
        var quotes = string.Join(' ', Enumerable.Repeat("“We are struggling and nobody listens,” she said, “not even our own managers.”", 2000));

        var findings = TestDocuments.Extract("Ian Lawrence spoke to members.", quotes);

        Assert.Multiple(() =>
        {
            Assert.That(findings.Quotes, Has.Count.EqualTo(4000));
            Assert.That(findings.Quotes.Select(q => q.Speaker).Distinct(), Is.EqualTo(new[] { "Ian Lawrence" }));
        });
    }

    [Test]
    public void Extract_RunOnLeadInBeforeALongListOfQuotes_AttributesEachItem()
    {
        var lead = "Ines Varga, " + string.Join(' ', Enumerable.Repeat("the staff, the managers and the partners of the service", 6000)) + " said:";
        var items = Enumerable.Repeat("• That caseloads had “grown far beyond what any officer can safely manage”;", 200);

        var findings = TestDocuments.Extract([lead, .. items]);

        Assert.Multiple(() =>
        {
            Assert.That(findings.Quotes, Has.Count.EqualTo(200));
            Assert.That(findings.Quotes[0].Rule, Is.EqualTo("quotes.colon-lead-in"));
            Assert.That(findings.Quotes.Select(q => q.Speaker), Is.All.Not.Null);
        });
    }
}
