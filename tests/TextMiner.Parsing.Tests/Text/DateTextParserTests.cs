using TextMiner.Parsing.Text;

namespace TextMiner.Parsing.Tests.Text;

public sealed class DateTextParserTests
{
    [TestCase("Published: 22 May 2019", "2019-05-22")]
    [TestCase("06th Mar 2019", "2019-03-06")]
    [TestCase("19 June 2017 - Immediate Release", "2017-06-19")]
    [TestCase("22/05/2019", "2019-05-22")]
    [TestCase("May 22, 2019", "2019-05-22")]
    [TestCase("Wednesday, 1st September 2021", "2021-09-01")]
    [TestCase("2019-05-22T00:01:00+01:00", "2019-05-22")]
    [TestCase("Posted on 3 Sept 2020 by Napo", "2020-09-03")]
    [TestCase("22.05.2019", "2019-05-22")]
    [TestCase("the 22nd of May 2019", "2019-05-22")]
    [TestCase("31 February 2019", null)]
    [TestCase("in May we may see 2019 figures", null)]
    [TestCase("150 vacancies in 2019", null)]
    [TestCase("", null)]
    public void FindDate_Text_Expected(string text, string? expected) =>
        Assert.That(DateTextParser.FindDate(text)?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(expected));

    [TestCase("March 2021", "2021-03-01")]
    [TestCase("An inspection, June 2019", "2019-06-01")]
    [TestCase("no date", null)]
    public void FindMonthYear_Text_FirstOfMonth(string text, string? expected) =>
        Assert.That(DateTextParser.FindMonthYear(text)?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(expected));

    [TestCase("2019-05-22T23:30:00-05:00", "2019-05-22")]
    [TestCase("2019-05-22", "2019-05-22")]
    [TestCase("22 May 2019", "2019-05-22")]
    [TestCase("garbage", null)]
    public void ParseMachineDate_Value_DateAsWritten(string value, string? expected) =>
        Assert.That(DateTextParser.ParseMachineDate(value)?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(expected));
}
