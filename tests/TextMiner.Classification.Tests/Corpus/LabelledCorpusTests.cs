using TextMiner.Classification.Corpus;
using TextMiner.Core.Records;

namespace TextMiner.Classification.Tests.Corpus;

public sealed class LabelledCorpusTests
{
    [Test]
    public void Read_ValidLinesWithBlankLine_ReadsEach()
    {
        var input = """
            {"id":"a","text":"Vacancies rose.","labels":["staffing"]}

            {"id":"b","text":"Nothing here.","labels":[]}
            """;

        var rows = LabelledCorpus.Read(new StringReader(input));

        Assert.That(rows.Select(r => r.Id), Is.EqualTo(new[] { "a", "b" }));
        Assert.That(rows[0].Labels, Is.EqualTo(new[] { "staffing" }));
    }

    [TestCase("""{"id":"a","text":"x","labels":["staffin"]}""", LabelledCorpus.UnknownLabelMessage)]
    [TestCase("""{"id":"a","labels":[]}""", LabelledCorpus.MalformedLineMessage)]
    [TestCase("""{"id":"a",""", LabelledCorpus.MalformedLineMessage)]
    public void Read_BadLine_ThrowsNamingTheProblem(string line, string message) =>
        Assert.That(() => LabelledCorpus.Read(new StringReader(line)),
            Throws.InstanceOf<InvalidDataException>().With.Message.StartsWith(message));

    [TestCase(LabelSplits.Train)]
    [TestCase(LabelSplits.Dev)]
    [TestCase(LabelSplits.Test)]
    public void LoadEmbedded_EachSplit_HasKnownLabelsOnly(string split)
    {
        var rows = LabelledCorpus.LoadEmbedded(split);

        Assert.That(rows, Is.Not.Empty);
        Assert.That(rows.SelectMany(r => r.Labels), Has.All.Matches<string>(Themes.IsKnown));
    }

    [Test]
    public void LoadEmbedded_Splits_DoNotShareTexts()
    {
        var train = LabelledCorpus.LoadEmbedded(LabelSplits.Train).Select(r => r.Text).ToHashSet(StringComparer.Ordinal);
        var heldOut = LabelSplits.All.Skip(1).SelectMany(LabelledCorpus.LoadEmbedded).Select(r => r.Text);

        Assert.That(heldOut.Where(train.Contains), Is.Empty);
    }
}
