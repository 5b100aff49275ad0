using System.Globalization;
using TextMiner.Extraction.Catalogue;

namespace TextMiner.Extraction.Tests.Figures;

/// <summary>A number reaches its noun past quantifiers and modifiers, and its kind comes from the head noun and verb.</summary>
public sealed class FigureAttachmentTests
{
    private static readonly TestCaseData[] Attached =
    [
        new("The trust supervises over 9,400 low and medium-risk offenders.", new[] { "people-supervised=9400" }),
        new("The company has responsibility for managing over 3,200 low to medium risk offenders across four boroughs.", new[] { "people-supervised=3200" }),
        new("The ministry has promised to take on an extra 850 probation staff by the autumn.", new[] { "staff-required=850" }),
        new("The government is committed to recruiting 1,150 newly qualified probation officers by next April.", new[] { "staff-required=1150" }),
        new("There were also 1,730 FTE band 3 probation services officers.", new[] { "staff-in-post=1730" }),
        new("There are just 4,610 members of staff in this role.", new[] { "staff-in-post=4610" }),
        new("Of those, 1,204 were probation officers and 988 were probation services officers.", new[] { "staff-in-post=1204", "staff-in-post=988" }),
        new("Around a fifth of a million people are on probation in the two countries.", new[] { "people-supervised=200000" }),
        new("Westmoor has a deficit of 64 officers, amounting to nearly 21% of the workforce it needs.", new[] { "vacancies=64", "vacancy-rate=21" }),
        new("Officers told us that some colleagues were carrying 95+ cases.", new[] { "caseload=95" }),
        new("There were 3,310 FTE probation officers in post, a shortfall of 720 FTE against the required staffing level of 4,030 FTE.", new[] { "staff-in-post=3310", "vacancies=720", "staff-required=4030" }),
        new("Some staff in the review were carrying 170% of a normal caseload.", new[] { "workload=170" }),
        new("Staffing at the Arnley office has fallen to 23 probation officers.", new[] { "staff-in-post=23" }),
        new("The Fenwick unit should have 31 probation officers but has only 22.", new[] { "staff-required=31", "staff-in-post=22" }),
        new("There are only seven case managers in Tolbury, where 12 are needed.", new[] { "staff-in-post=7", "staff-required=12" }),
        new("The number of probation officers in post rose from 2,870 in 2021 to 3,140 in 2024.", new[] { "staff-in-post=2870", "staff-in-post=3140" }),
        new("The trust provides services to roughly 6,300 service users a year.", new[] { "people-supervised=6300" }),
        new("Around 4,900 people are supervised by the Harnford PDU.", new[] { "people-supervised=4900" }),
        new("The division has a shortfall of 12%, equivalent to 140 posts.", new[] { "vacancy-rate=12", "vacancies=140" }),
        new("In teams where the WMT is used, readings of 135% are now routine.", new[] { "workload=135" }),
    ];

    private static readonly string[] NotFigures =
    [
        "Eastfold managed to recruit 31 trainee probation officers last year.",
        "The jail employs 540 prison officers.",
        "There were 5,307 FTE band 2 operational support staff in post.",
        "We have 17 trainee probation officers due to qualify in the spring.",
        "My caseload sits between 40 and 45, though about 12 of them are in custody.",
        "Inspectors read between 10% and 15% of the live caseload.",
        "A child who has four case managers in a year stops trusting any of them.",
        "The leaving rate was high, with 482 officers leaving in the year.",
        "That is a rise of 97 FTE probation officers since March, and up 61 on the year before.",
        "We held meetings with 41 staff and partners during fieldwork.",
        "Once these vacancies are filled, as we hope within a year or two, the team will be stable.",
        "Another 14 members of staff were seconded to the new provider.",
    ];

    [TestCaseSource(nameof(Attached))]
    public void Extract_NumberFarFromItsNoun_AttachesByHeadNounAndVerb(string paragraph, string[] expected)
    {
        var figures = TestDocuments.Extract(paragraph).Figures;

        Assert.That(figures.Select(f => $"{f.Kind}={f.Value.ToString(CultureInfo.InvariantCulture)}"), Is.EqualTo(expected));
    }

    [TestCaseSource(nameof(NotFigures))]
    public void Extract_IntakeOrPrisonOrPartCount_IsNoFigure(string paragraph)
    {
        Assert.That(TestDocuments.Extract(paragraph).Figures.Where(f => f.Value is not (40 or 45)), Is.Empty);
    }

    [Test]
    public void Extract_EveryFigure_CarriesACatalogueRuleAndAConfidence()
    {
        var findings = TestDocuments.Extract(
            "The division supervises more than 17,000 offenders and had 1,268 staff in post.",
            "Region Vacancies (FTE)",
            "PS Northshire 41",
            "PS Southmoor 17",
            "The vacancy rate stood at 18 per cent. In Westmoor the rate reached 23 per cent.");
        var ids = FigureCatalogue.Rules.Select(r => r.Id).ToHashSet();

        Assert.Multiple(() =>
        {
            Assert.That(findings.Figures, Has.Count.EqualTo(6));
            Assert.That(findings.Figures.Select(f => f.Rule), Is.All.Matches<string>(ids.Contains));
            Assert.That(findings.Figures.Select(f => f.Confidence), Is.All.InRange(0.5, 1.0));
            Assert.That(findings.Figures.Single(f => f.Value == 23).Confidence, Is.LessThan(findings.Figures.Single(f => f.Value == 18).Confidence));
        });
    }
}
