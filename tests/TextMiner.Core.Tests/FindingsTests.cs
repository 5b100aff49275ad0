using TextMiner.Core.Records;

namespace TextMiner.Core.Tests;

public sealed class FindingsTests
{
    private static readonly Findings Mixed = new(
        [new Rating(RatingValues.Good, "overall", "A", "rated Good", new Evidence(0, 0, 10)) { Confidence = 0.9 }, new Rating(RatingValues.Inadequate, "summary", null, "x", new Evidence(1, 0, 1)) { Confidence = 0.4 }],
        [new Figure(FigureKinds.Vacancies, 12, null, "12 vacancies", new Evidence(0, 0, 12)) { Confidence = 0.5 }],
        [new Quote("Ann Example", null, null, "words of five or more here", new Evidence(2, 0, 26), []) { Confidence = 0.7 }]);

    [Test]
    public void AtLeast_Threshold_KeepsOnlyRecordsAtOrAboveIt()
    {
        var kept = Mixed.AtLeast(0.7);

        Assert.That(kept.Ratings.Select(r => r.Value), Is.EqualTo(new[] { RatingValues.Good }));
        Assert.That(kept.Figures, Is.Empty);
        Assert.That(kept.Quotes.Select(q => q.Speaker), Is.EqualTo(new[] { "Ann Example" }));
    }

    [Test]
    public void AtLeast_Zero_KeepsEverything() =>
        Assert.That(Mixed.AtLeast(0), Is.SameAs(Mixed));
}
