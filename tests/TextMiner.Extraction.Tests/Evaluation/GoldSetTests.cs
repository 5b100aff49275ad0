using TextMiner.Evaluation.Extraction;
using TextMiner.TestSupport;

namespace TextMiner.Extraction.Tests.Evaluation;

public sealed class GoldSetTests
{
    [Test]
    public void Load_JsonLines_ReadsDocumentsRecordsAndNulls()
    {
        using var temp = new TempDirectory();
        var path = temp.Combine("dev.jsonl");
        File.WriteAllLines(path,
        [
            """{"path":"corpus/gold/docs/dev/a.txt","title":"A","ratings":[{"value":"Good","aspect":"court work","subject":null}],"figures":[{"kind":"vacancies","value":150,"subject":"London"}],"quotes":[{"text":"We will not stand by and watch this happen","speaker":"Ian Lawrence","role":null,"organisation":"Napo"}]}""",
            "",
            """{"path":"corpus/gold/docs/dev/b.txt","ratings":[],"figures":[],"quotes":[]}""",
        ]);

        var gold = GoldSet.Load(path);

        Assert.Multiple(() =>
        {
            Assert.That(gold, Has.Count.EqualTo(2));
            Assert.That(gold[0].Ratings.Single(), Is.EqualTo(new GoldRating("Good", "court work", null)));
            Assert.That(gold[0].Figures.Single(), Is.EqualTo(new GoldFigure("vacancies", 150, "London")));
            Assert.That(gold[0].Quotes.Single().Speaker, Is.EqualTo("Ian Lawrence"));
            Assert.That(gold[1].Path, Is.EqualTo("corpus/gold/docs/dev/b.txt"));
        });
    }

    [Test]
    public void Load_BrokenLine_ThrowsWithLineNumber()
    {
        using var temp = new TempDirectory();
        var path = temp.Combine("bad.jsonl");
        File.WriteAllLines(path, ["""{"path":"a.txt"}""", "{not json"]);

        var error = Assert.Throws<FormatException>(() => GoldSet.Load(path));

        Assert.That(error!.Message, Does.StartWith(string.Format(System.Globalization.CultureInfo.InvariantCulture, GoldSet.InvalidLineMessage, 2, string.Empty)));
    }
}
