namespace TextMiner.Extraction.Tests;

/// <summary>
/// Issue 14 row 5: hostile paragraphs built from rating words must cost linear work. Ratings are read through bounded
/// windows around each grade, and a chart heading is only looked at when it is short. CancelAfter is a guard against a
/// hang, not a timing assertion.
/// </summary>
public sealed class HostileRatingInputTests
{
    private const int GuardMilliseconds = 120_000;

    [Test]
    [CancelAfter(GuardMilliseconds)]
    public void Extract_SixtyThousandRatingWords_FindsNoRating()
    {
        var findings = TestDocuments.Extract(string.Concat(Enumerable.Repeat("rating ", 60_000)));

        Assert.That(findings.Ratings, Is.Empty);
    }

    [Test]
    [CancelAfter(GuardMilliseconds)]
    public void Extract_SixtyThousandRatingWordsBeforeGradeCounts_IsNoChart()
    {
        // The heading of a grade-count chart ends at a sentence end here, so every "ratings" would once scan to it.
        var paragraph = string.Concat(Enumerable.Repeat("ratings ", 60_000)) + ". Good 1 Good 2";

        var findings = TestDocuments.Extract(paragraph);

        Assert.That(findings.Ratings, Is.Empty);
    }

    [Test]
    [CancelAfter(GuardMilliseconds)]
    public void Extract_ThirtyThousandRepeatedGrades_IsOneFactWithBoundedEvidence()
    {
        var paragraph = string.Concat(Enumerable.Repeat("rated Good, ", 30_000));

        var findings = TestDocuments.Extract(paragraph);

        Assert.Multiple(() =>
        {
            Assert.That(findings.Ratings.Select(r => (r.Value, r.Aspect)), Is.EqualTo(new[] { ("Good", "overall") }));
            Assert.That(findings.Ratings[0].Evidence.Length, Is.LessThanOrEqualTo(1_000));
        });
    }

    [Test]
    [CancelAfter(GuardMilliseconds)]
    public void Extract_LongRunOfSpacesAfterGrade_ReadsTheRatingOnce()
    {
        // A chart row allows spaces between a grade and its count; a run of them must not be rescanned per position.
        var paragraph = "Inspectors rated the Holmfirth PDU Good" + new string(' ', 60_000) + "overall.";

        var findings = TestDocuments.Extract(paragraph);

        Assert.That(findings.Ratings.Select(r => (r.Value, r.Aspect)), Is.EqualTo(new[] { ("Good", "overall") }));
    }
}
