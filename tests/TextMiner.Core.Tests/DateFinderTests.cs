using System.Globalization;

namespace TextMiner.Core.Tests;

/// <summary>The cases of discovery's and the parser's former date finders, now one: every one of them still holds.</summary>
public sealed class DateFinderTests
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
    [TestCase("19 June 2017 - Immediate Release", "2017-06-19")]
    [TestCase("Wednesday, 1st September 2021", "2021-09-01")]
    [TestCase("2019-05-22T00:01:00+01:00", "2019-05-22")]
    [TestCase("Posted on 3 Sept 2020 by Napo", "2020-09-03")]
    [TestCase("22.05.2019", "2019-05-22")]
    [TestCase("the 22nd of May 2019", "2019-05-22")]
    [TestCase("19-June-2017", "2017-06-19")]
    [TestCase("2019-5-2", "2019-05-02")]
    [TestCase("", null)]
    [TestCase("No date here", null)]
    [TestCase("31 February 2019", null)]
    [TestCase("Report 2019", null)]
    [TestCase("in May we may see 2019 figures", null)]
    [TestCase("150 vacancies in 2019", null)]
    public void FindDate_Text_Expected(string text, string? expected) =>
        Assert.That(DateFinder.FindDate(text)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Is.EqualTo(expected));

    [Test]
    public void FindDate_DefinitionFormat_WinsFirst() =>
        Assert.That(DateFinder.FindDate("20190522", ["yyyyMMdd"]), Is.EqualTo(new DateOnly(2019, 5, 22)));

    [TestCase("March 2021", "2021-03-01")]
    [TestCase("An inspection, June 2019", "2019-06-01")]
    [TestCase("no date", null)]
    public void FindMonthYear_Text_FirstOfMonth(string text, string? expected) =>
        Assert.That(DateFinder.FindMonthYear(text)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Is.EqualTo(expected));

    [TestCase("2019-05-22T23:30:00-05:00", "2019-05-22")]
    [TestCase("2019-05-22", "2019-05-22")]
    [TestCase("22 May 2019", "2019-05-22")]
    [TestCase("garbage", null)]
    public void ParseMachineDate_Value_DateAsWritten(string value, string? expected) =>
        Assert.That(DateFinder.ParseMachineDate(value)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Is.EqualTo(expected));
}
