using TextMiner.Classification.Corpus;
using TextMiner.Classification.Training;

namespace TextMiner.Classification.Tests.Training;

public sealed class NegativeSentencesTests
{
    [Test]
    public void Of_MultiSentenceParagraph_EachSentenceWithItsParagraphsLabels()
    {
        var paragraphs = new[]
        {
            new LabelledParagraph("a-p1", "Caseloads remain far too high in every team. Several offices still need urgent repairs.", ["workload", "estates"]),
            new LabelledParagraph("a-p2", "A single sentence about victim liaison officers.", ["victim-contact"]),
        };

        var sentences = NegativeSentences.Of(paragraphs, maxTextLength: 12_000);

        Assert.That(sentences.Select(s => s.Sentence.Text.Trim()), Is.EqualTo(new[]
        {
            "Caseloads remain far too high in every team.", "Several offices still need urgent repairs.",
        }));
        Assert.That(sentences.Select(s => s.Source), Has.All.EqualTo(0));
        Assert.That(sentences.Select(s => s.Sentence.Labels), Has.All.EquivalentTo(new[] { "workload", "estates" }));
    }
}
