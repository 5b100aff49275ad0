using System.Globalization;

namespace TextMiner.Extraction.Tests.Figures;

/// <summary>Tables flattened into text: a header naming a kind per column, then rows of a label and that many numbers.</summary>
public sealed class FlatTableTests
{
    [Test]
    public void Extract_TableInOneParagraph_ReadsEachCellByItsHeaderColumn()
    {
        const string table = "Area Vacancies (all grades) PO vacancies PO vacancies (as % of PO posts) Northshire 14.50 6.00 3.10 "
            + "East Ridings 8.25 2.75 1.90";

        var figures = TestDocuments.Extract("The table gives vacancies by area.", table).Figures;

        Assert.Multiple(() =>
        {
            Assert.That(figures.Select(f => $"{f.Kind}={f.Value.ToString(CultureInfo.InvariantCulture)}"), Is.EqualTo(new[]
            {
                "vacancies=14.5", "vacancies=6", "vacancy-rate=3.1", "vacancies=8.25", "vacancies=2.75", "vacancy-rate=1.9",
            }));
            Assert.That(figures.Select(f => f.Subject).Distinct(), Is.EqualTo(new[] { "Northshire", "East Ridings" }));
            Assert.That(table[figures[0].Evidence.Start..figures[0].Evidence.End], Is.EqualTo("14.50"));
        });
    }

    [Test]
    public void Extract_RowPerParagraphUnderHeader_ReadsEveryRowWithItsLabel()
    {
        var figures = TestDocuments.Extract("Table 2: by region", "Probation Service Region Vacancies (FTE)", "PS Northshire 41", "PS Kent, Surrey & Sussex 0", "PS Southmoor 17").Figures;

        Assert.That(figures.Select(f => $"{f.Subject}: {f.Kind}={f.Value}"), Is.EqualTo(new[]
        {
            "PS Northshire: vacancies=41", "PS Kent, Surrey & Sussex: vacancies=0", "PS Southmoor: vacancies=17",
        }));
    }

    [Test]
    public void Extract_SingleRowUnderHeader_IsNotATable()
    {
        Assert.That(TestDocuments.Extract("Vacancies by region", "Northshire 41", "The figures were published in the spring.").Figures, Is.Empty);
    }

    [Test]
    public void Extract_NumbersInsideProseAfterAKindWord_AreReadAsProseNotAsATable()
    {
        var figures = TestDocuments.Extract("The branch workload survey was discussed. Members said they were holding between 45 and 55 cases each, and some had left.").Figures;

        Assert.That(figures.Select(f => $"{f.Kind}={f.Value}"), Is.EqualTo(new[] { "caseload=45", "caseload=55" }));
    }

    [Test]
    public void Extract_RunOnTableFarTooLongForARow_IsBoundedAndFindsNothing()
    {
        var rows = string.Join(' ', Enumerable.Range(0, 60_000).Select(i => $"Area {i % 97}"));

        Assert.That(TestDocuments.Extract("Region Vacancies " + rows).Figures, Is.Empty);
    }
}
