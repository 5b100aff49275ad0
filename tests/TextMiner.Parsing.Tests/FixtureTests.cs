using System.Globalization;
using TextMiner.Core.Records;
using TextMiner.Core.Stages;
using TextMiner.Evaluation.Parsing;
using TextMiner.TestSupport;

namespace TextMiner.Parsing.Tests;

/// <summary>One golden file per fixture under corpus/fixtures, compared field by field.</summary>
public sealed class FixtureTests
{
    private static IEnumerable<TestCaseData> Fixtures() =>
        FixtureFiles.Find(Corpus.Path("fixtures"))
            .Select(f => new TestCaseData(f.Document, f.Expected).SetArgDisplayNames(Path.GetRelativePath(Corpus.Path("fixtures"), f.Document)));

    [TestCaseSource(nameof(Fixtures))]
    public void Parse_Fixture_MatchesExpectation(string documentPath, string expectedPath)
    {
        var expected = FixtureFiles.Read(expectedPath);
        var raw = new RawDocument("fixture", expected.Location ?? documentPath, File.ReadAllBytes(documentPath), expected.ContentType, DateTimeOffset.UnixEpoch);

        var result = new DocumentParser().Parse(raw);

        if (expected.Error is not null)
        {
            Assert.Multiple(() =>
            {
                Assert.That(result.Status, Is.EqualTo(StageStatus.Failed));
                Assert.That(result.Reason?.ToString(), Is.EqualTo(expected.Error));
            });
            return;
        }

        Assert.That(result.IsOk, Is.True, result.Reason?.ToString());
        var document = result.Value!;
        var expectedParagraphs = expected.Paragraphs ?? [];
        Assert.Multiple(() =>
        {
            Assert.That(document.Title, Is.EqualTo(expected.Title), "title");
            Assert.That(document.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Is.EqualTo(expected.Published), "published");
            Assert.That(document.Kind, Is.EqualTo(expected.Kind), "kind");
            Assert.That(document.Id, Is.EqualTo(raw.Id));
            Assert.That(document.Version, Is.EqualTo(raw.Sha256));
            Assert.That(document.Paragraphs.Select(p => p.Text), Is.EqualTo(expectedParagraphs.Select(p => p.Text)), "paragraph texts in order");
            Assert.That(document.Paragraphs.Select(p => p.Index), Is.EqualTo(Enumerable.Range(0, document.Paragraphs.Count)), "indexes");
            for (var i = 0; i < Math.Min(document.Paragraphs.Count, expectedParagraphs.Count); i++)
            {
                if (expectedParagraphs[i].Page is { } page)
                {
                    Assert.That(document.Paragraphs[i].Page, Is.EqualTo(page), $"page of paragraph {i}");
                }

                if (expectedParagraphs[i].Heading is { } heading)
                {
                    Assert.That(document.Paragraphs[i].Heading, Is.EqualTo(heading), $"heading of paragraph {i}");
                }
            }

            foreach (var absent in expected.Absent ?? [])
            {
                Assert.That(document.Paragraphs.Where(p => p.Text.Contains(absent, StringComparison.OrdinalIgnoreCase)), Is.Empty, $"'{absent}' leaked");
            }
        });
    }
}
