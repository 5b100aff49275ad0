using System.Text.Json;
using TextMiner.Evaluation.Parsing;
using TextMiner.TestSupport;

namespace TextMiner.Parsing.Tests.Pdf;

public sealed class PdfFixtureGeneratorTests
{
    private static IEnumerable<TestCaseData> Fixtures() =>
        InspectionReportFixtures.All().Select(f => new TestCaseData(f.Name).SetArgDisplayNames(f.Name));

    [Test]
    public void Generate_Twice_ProducesIdenticalBytes()
    {
        var first = InspectionReportFixtures.London().Pdf;
        var second = InspectionReportFixtures.London().Pdf;

        Assert.That(second, Is.EqualTo(first));
    }

    [Test]
    public void London_Layout_HasParagraphsRunningAcrossColumns()
    {
        _ = InspectionReportFixtures.London();

        Assert.That(InspectionReportFixtures.LondonParagraphsAcrossColumns, Is.GreaterThanOrEqualTo(1));
    }

    [TestCaseSource(nameof(Fixtures))]
    public void CommittedFixture_Regenerated_IsUnchanged(string name)
    {
        var fixture = InspectionReportFixtures.All().Single(f => f.Name == name);

        var committedPdf = File.ReadAllBytes(Corpus.Path("fixtures", "pdf", name + ".pdf"));
        var committedExpected = File.ReadAllText(Corpus.Path("fixtures", "pdf", name + FixtureFiles.ExpectedSuffix));

        Assert.Multiple(() =>
        {
            Assert.That(committedPdf, Is.EqualTo(fixture.Pdf), "regenerate with the explicit WriteFixtures test");
            Assert.That(committedExpected, Is.EqualTo(Serialize(fixture.Expected)));
        });
    }

    /// <summary>Rewrites corpus/fixtures/pdf in the source tree. Run by hand after changing the generator.</summary>
    [Test]
    [Explicit("writes into the source tree")]
    public void WriteFixtures()
    {
        var directory = Path.Combine(SourceRoot(), "corpus", "fixtures", "pdf");
        Directory.CreateDirectory(directory);
        foreach (var (name, pdf, expected) in InspectionReportFixtures.All())
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(directory, name + ".pdf"))!);
            File.WriteAllBytes(Path.Combine(directory, name + ".pdf"), pdf);
            File.WriteAllText(Path.Combine(directory, name + FixtureFiles.ExpectedSuffix), Serialize(expected));
        }

        Assert.That(Directory.GetFiles(directory, "*.pdf", SearchOption.AllDirectories), Is.Not.Empty);
    }

    internal static string Serialize(FixtureExpectation expected) =>
        JsonSerializer.Serialize(expected, FixtureFiles.JsonOptions) + "\n";

    private static string SourceRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TextMiner.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("TextMiner.sln not found above the test assembly");
    }
}
