using TextMiner.Classification.Corpus;
using TextMiner.Classification.Training;

namespace TextMiner.Classification.Tests.Training;

public sealed class TrainingDataTests
{
    private static readonly ThemeTrainingSet Set = new(
        [new LabelledParagraph("t-1", "Caseloads rose again.", ["workload"])],
        [new LabelledParagraph("d-1", "Victim liaison officers called every victim.", ["victim-contact"])],
        []);

    [Test]
    public void Sha256_LexiconGroupAdded_GivesAnotherFingerprint()
    {
        var before = TrainingData.Sha256(Set, ["victim contact | victim liaison"]);
        var after = TrainingData.Sha256(Set, ["victim contact | victim liaison", "senior leader | head of service"]);

        Assert.That(after, Is.Not.EqualTo(before));
        Assert.That(TrainingData.Sha256(Set, ["victim contact | victim liaison"]), Is.EqualTo(before));
    }

    [Test]
    public void Sha256_Embedded_CoversTheEmbeddedLexicon() =>
        Assert.That(TrainingData.Sha256(Set), Is.Not.EqualTo(TrainingData.Sha256(Set, [])));
}
