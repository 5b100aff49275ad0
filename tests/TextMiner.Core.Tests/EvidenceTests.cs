using TextMiner.Core.Records;

namespace TextMiner.Core.Tests;

public sealed class EvidenceTests
{
    [Test]
    public void Constructor_ValidOffsets_KeepsThem()
    {
        var evidence = new Evidence(3, 10, 24);

        Assert.That((evidence.Paragraph, evidence.Start, evidence.End, evidence.Length), Is.EqualTo((3, 10, 24, 14)));
    }

    [Test]
    public void Constructor_EmptySpan_IsAllowed() =>
        Assert.That(new Evidence(0, 7, 7).Length, Is.Zero);

    [TestCase(-1, 0, 0, "Paragraph", "paragraph must not be negative (got -1)")]
    [TestCase(2, -5, 3, "Start", "start must not be negative (got -5 in paragraph 2)")]
    [TestCase(2, 9, 4, "End", "end must not be before its start (got start 9, end 4 in paragraph 2)")]
    public void Constructor_BadOffsets_ThrowsNamingTheValue(int paragraph, int start, int end, string parameter, string message)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => _ = new Evidence(paragraph, start, end))!;

        Assert.That(error.ParamName, Is.EqualTo(parameter));
        Assert.That(error.Message, Does.Contain(message));
    }

    [Test]
    public void Equality_SameOffsets_AreEqual()
    {
        var read = new Evidence(1, 2, 3);

        Assert.That(read, Is.EqualTo(new Evidence(1, 2, 3)).And.Not.EqualTo(new Evidence(1, 2, 4)));
    }
}
