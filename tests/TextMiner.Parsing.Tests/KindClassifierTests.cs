using TextMiner.Core.Records;

namespace TextMiner.Parsing.Tests;

public sealed class KindClassifierTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        yield return Case("https://www.justiceinspectorates.gov.uk/hmiprobation/media/press-releases/2019/05/london/", "London probation", DocumentKinds.PressRelease);
        yield return Case("https://www.napo.org.uk/news/suffolk", "Napo Press Release: Suffolk probation services failing", DocumentKinds.PressRelease);
        yield return Case("https://www.napo.org.uk/news/statement", "Suffolk", DocumentKinds.PressRelease, opening: "Press Statement");
        yield return Case("https://www.justiceinspectorates.gov.uk/hmiprobation/inspections/london-nps/", "London NPS", DocumentKinds.InspectionReport);
        yield return Case("/data/report.pdf", "Report", DocumentKinds.InspectionReport, layout: DocumentKinds.InspectionReport);
        yield return Case("https://hmiprobation.justiceinspectorates.gov.uk/document/x/", "An inspection of probation services in Kent", DocumentKinds.InspectionReport);
        yield return Case("https://x.gov.uk/annual-report-2019.pdf", "HM Inspectorate of Probation Annual Report 2019", DocumentKinds.AnnualReport);
        yield return Case("https://x.gov.uk/inspections/caseloads/", "Caseloads: a thematic inspection", DocumentKinds.ThematicReport);
        yield return Case("https://www.napo.org.uk/news/union-concerns", "Union concerns", DocumentKinds.News);
        yield return Case("https://www.napo.org.uk/napo-hq-blog/general-secretary", "From the General Secretary", DocumentKinds.Blog);
        yield return Case("https://napomagazine.org.uk/napo-chair-speaks/", "Napo Chair speaks", DocumentKinds.MagazineArticle);
        yield return Case("https://www.thejusticegap.com/understaffed/", "Understaffed probation service", DocumentKinds.Document);
        yield return Case("https://www.napo.org.uk/news/x", "Anything", DocumentKinds.Article, hint: DocumentKinds.Article);
    }

    [TestCaseSource(nameof(Cases))]
    public void Classify_LocationTitleOpening_Expected(string location, string title, string? opening, string? layout, string? hint, string expected)
    {
        var raw = new RawDocument("s", location, [1], null, DateTimeOffset.UnixEpoch, Hints: hint is null ? null : new PageHints(Kind: hint));
        IReadOnlyList<Paragraph> paragraphs = opening is null ? [] : [new Paragraph(0, opening)];

        Assert.That(KindClassifier.Classify(raw, title, paragraphs, layout), Is.EqualTo(expected));
    }

    private static TestCaseData Case(string location, string title, string expected, string? opening = null, string? layout = null, string? hint = null) =>
        new TestCaseData(location, title, opening, layout, hint, expected).SetArgDisplayNames(expected + " " + location);
}
