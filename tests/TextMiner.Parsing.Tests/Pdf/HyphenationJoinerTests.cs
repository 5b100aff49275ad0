using TextMiner.Parsing.Pdf;

namespace TextMiner.Parsing.Tests.Pdf;

public sealed class HyphenationJoinerTests
{
    [TestCase("at the time of inspec-", "tion, some actions", "at the time of inspection, some actions")]
    [TestCase("the division is well-", "led at every level", "the division is well-led at every level")]
    [TestCase("a multi-", "agency approach", "a multi-agency approach")]
    [TestCase("during the COVID-", "19 pandemic", "during the COVID-19 pandemic")]
    [TestCase("ends here.", "Next line", "ends here. Next line")]
    [TestCase("the proba-", "tion service", "the probation service")]
    public void Join_LineEnd_Expected(string text, string next, string expected) =>
        Assert.That(new HyphenationJoiner([]).Join(text, next), Is.EqualTo(expected));

    [Test]
    public void Join_DocumentUsesHyphenatedForm_KeepsHyphen()
    {
        var joiner = new HyphenationJoiner(["we saw good face-to-face work", "and case-work elsewhere"]);

        Assert.That(joiner.Join("some case-", "work was late"), Is.EqualTo("some case-work was late"));
    }

    [Test]
    public void Join_DocumentUsesPlainForm_DropsHyphen()
    {
        var joiner = new HyphenationJoiner(["the wellbeing of staff matters"]);

        Assert.That(joiner.Join("their well-", "being was poor"), Is.EqualTo("their wellbeing was poor"));
    }
}
