using TextMiner.Core.Records;

namespace TextMiner.Storage.Tests;

public sealed class FindingsDiffTests
{
    private static readonly Rating Overall = new(RatingValues.RequiresImprovement, "overall", "London division", "rated it", new Evidence(3, 10, 30));
    private static readonly Figure Vacancies = new(FigureKinds.Vacancies, 150, "London division", "150 vacancies", new Evidence(9, 0, 13));
    private static readonly Quote Stacey = new("Glenys Stacey", null, null, "We have found work with victims to be good", new Evidence(4, 1, 43), []);

    private static IEnumerable<TestCaseData> Cases()
    {
        yield return new TestCaseData(new Findings([Overall], [Vacancies], [Stacey]), new Findings([Overall], [Vacancies], [Stacey]), "no change")
            .SetName("Compare_SameFindings_NoChange");
        yield return new TestCaseData(
                new Findings([Overall], [Vacancies], [Stacey]),
                new Findings([Overall with { Evidence = new Evidence(5, 0, 20), Excerpt = "moved" }], [Vacancies with { Evidence = new Evidence(11, 0, 13) }], [Stacey with { Evidence = new Evidence(4, 7, 49) }]),
                "no change")
            .SetName("Compare_SameFindingsInOtherPlaces_NoChange");
        yield return new TestCaseData(
                new Findings([Overall], [], []),
                new Findings([Overall with { Value = RatingValues.Good }], [], []),
                "ratings +1 -1")
            .SetName("Compare_RatingRegraded_AddedAndRemoved");
        yield return new TestCaseData(
                new Findings([], [Vacancies], []),
                new Findings([], [Vacancies with { Value = 180 }, Vacancies with { Kind = FigureKinds.VacancyRate, Value = 20 }], []),
                "figures +2 -1")
            .SetName("Compare_FigureChangedAndAdded_CountsBoth");
        yield return new TestCaseData(
                new Findings([], [], [Stacey, Stacey]),
                new Findings([], [], [Stacey with { Text = "We  have found work with VICTIMS to be good" }]),
                "quotes -1")
            .SetName("Compare_DuplicateQuoteDropped_OneRemovedAndWhitespaceCaseIgnored");
        yield return new TestCaseData(Findings.Empty, new Findings([Overall], [Vacancies], [Stacey]), "ratings +1, figures +1, quotes +1")
            .SetName("Compare_FromEmpty_AllAdded");
    }

    [TestCaseSource(nameof(Cases))]
    public void Compare_Table(Findings before, Findings after, string expected)
    {
        var diff = FindingsDiff.Compare(before, after);

        Assert.That(diff.ToString(), Is.EqualTo(expected));
        Assert.That(diff.IsEmpty, Is.EqualTo(expected == "no change"));
    }

    [Test]
    public void Compare_RatingRegraded_ListsTheOldAndNewRating()
    {
        var good = Overall with { Value = RatingValues.Good };

        var diff = FindingsDiff.Compare(new Findings([Overall], [], []), new Findings([good], [], []));

        Assert.That(diff.AddedRatings, Is.EqualTo(new[] { good }));
        Assert.That(diff.RemovedRatings, Is.EqualTo(new[] { Overall }));
    }
}
