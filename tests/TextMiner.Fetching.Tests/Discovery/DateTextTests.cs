using TextMiner.Fetching.Discovery;

namespace TextMiner.Fetching.Tests.Discovery;

[TestFixture]
public sealed class DateTextTests
{
    [TestCase("06th Mar 2019", "2019-03-06")]
    [TestCase("22 May 2019", "2019-05-22")]
    [TestCase("Published: 22 May 2019", "2019-05-22")]
    [TestCase("1st of June 2020", "2020-06-01")]
    [TestCase("23rd September 2021", "2021-09-23")]
    [TestCase("Sept 3 2021", "2021-09-03")]
    [TestCase("May 22, 2019", "2019-05-22")]
    [TestCase("2019-05-22", "2019-05-22")]
    [TestCase("2019-05-22T09:00:00+00:00", "2019-05-22")]
    [TestCase("Wed, 22 May 2019 09:00:00 GMT", "2019-05-22")]
    [TestCase("22/05/2019", "2019-05-22")]
    [TestCase("Date of publication 3.4.2018", "2018-04-03")]
    [TestCase("Published 22 May 2019, updated 2020-01-01", "2019-05-22")]
    public void Find_Phrasings_GiveTheDate(string text, string expected) =>
        Assert.That(DateText.Find(text), Is.EqualTo(DateOnly.ParseExact(expected, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));

    [TestCase("")]
    [TestCase("No date here")]
    [TestCase("31 February 2019")]
    [TestCase("Report 2019")]
    public void Find_NoValidDate_GivesNull(string text) => Assert.That(DateText.Find(text), Is.Null);

    [Test]
    public void Find_DefinitionFormat_WinsFirst() =>
        Assert.That(DateText.Find("20190522", ["yyyyMMdd"]), Is.EqualTo(new DateOnly(2019, 5, 22)));
}
