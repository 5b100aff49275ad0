namespace TextMiner.Classification.Tests;

public sealed class TextPreparationTests
{
    [TestCase(null, 100, "")]
    [TestCase("short", 100, "short")]
    [TestCase("aaaaaaaaaaaaaaaaaaaa", 12, "aaaaaaaaaaaa")]
    public void Prepare_Table_CutsLongTextAtAWordBoundary(string? text, int max, string expected) =>
        Assert.That(TextPreparation.Prepare(text, max), Is.EqualTo(expected));

    [Test]
    public void Prepare_LongText_CutsAtLastSpaceInTheFinalTenth()
    {
        var text = string.Join(' ', Enumerable.Repeat("abcdefghi", 20));

        Assert.That(TextPreparation.Prepare(text, 95), Is.EqualTo(string.Join(' ', Enumerable.Repeat("abcdefghi", 9))));
    }

    [Test]
    public void Prepare_CutInsideSurrogatePair_DropsTheHalfCharacter()
    {
        var text = new string('a', 11) + "🙂" + "tail";

        Assert.That(TextPreparation.Prepare(text, 12), Is.EqualTo(new string('a', 11)));
    }
}
