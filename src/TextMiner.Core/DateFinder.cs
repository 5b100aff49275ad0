using System.Globalization;
using System.Text.RegularExpressions;

namespace TextMiner.Core;

/// <summary>
/// The one place dates are read from text, by discovery (listings, feeds, page hints) and by the parser alike, in the
/// phrasings UK sites use: ISO "2019-05-22" (and "2019-05-22T10:00:00Z"), day month year "22 May 2019",
/// "06th Mar 2019", "1st of June 2020", "19-June-2017", "Wed, 22 May 2019 10:00:00 GMT", month day year "May 22, 2019",
/// "Sept 3 2021", and UK numeric "22/05/2019", "3.4.2018" (day first). Years 1900–2099; impossible days are no date.
/// </summary>
public static partial class DateFinder
{
    private const string Month =
        "(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";

    private const string Day = "(?<day>[0-3]?\\d)(?:st|nd|rd|th)?";

    private const string Year = "(?<year>(?:19|20)\\d\\d)";

    /// <summary>
    /// The first full date (day, month and year) in the text, or null; an exact match of one of the caller's
    /// <paramref name="formats"/> (a source definition's) wins first.
    /// </summary>
    public static DateOnly? FindDate(string? text, IReadOnlyList<string>? formats = null)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        foreach (var format in formats ?? [])
        {
            if (DateTime.TryParseExact(trimmed, format, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var exact))
            {
                return DateOnly.FromDateTime(exact);
            }
        }

        var best = (Index: int.MaxValue, Date: (DateOnly?)null);
        foreach (var candidate in Candidates(trimmed))
        {
            if (candidate.Date is not null && candidate.Index < best.Index)
            {
                best = candidate;
            }
        }

        return best.Date;
    }

    /// <summary>A "May 2019" style month and year (as the first of the month), for use only when no full date exists.</summary>
    public static DateOnly? FindMonthYear(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var match = MonthYear().Match(text);
        return match.Success && MonthNumber(match.Groups["month"].Value) is { } month
            ? Create(Int(match, "year"), month, 1)
            : null;
    }

    /// <summary>A machine date as found in meta tags and <c>time[datetime]</c> ("2019-05-22T10:00:00+01:00"), as written.</summary>
    public static DateOnly? ParseMachineDate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        value = value.Trim();
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var stamp)
            && IsoDate().IsMatch(value))
        {
            // The date as written, not shifted to UTC: "2019-05-22T00:30:00+01:00" was published on the 22nd.
            return DateOnly.FromDateTime(stamp.DateTime);
        }

        return FindDate(value);
    }

    private static IEnumerable<(int Index, DateOnly? Date)> Candidates(string text)
    {
        foreach (Match m in IsoDate().Matches(text))
        {
            yield return (m.Index, Create(Int(m, "year"), Int(m, "m"), Int(m, "d")));
        }

        foreach (var regex in new[] { DayMonthYear(), MonthDayYear() })
        {
            foreach (Match m in regex.Matches(text))
            {
                if (MonthNumber(m.Groups["month"].Value) is { } month)
                {
                    yield return (m.Index, Create(Int(m, "year"), month, Int(m, "day")));
                }
            }
        }

        foreach (Match m in NumericDate().Matches(text))
        {
            yield return (m.Index, Create(Int(m, "year"), Int(m, "m"), Int(m, "d")));
        }
    }

    private static int Int(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    private static DateOnly? Create(int year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;

    private static int? MonthNumber(string name) => name.ToLowerInvariant()[..3] switch
    {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "may" => 5,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" => 9,
        "oct" => 10,
        "nov" => 11,
        "dec" => 12,
        _ => null,
    };

    [GeneratedRegex(@"(?<![\d-])" + Year + @"-(?<m>[01]?\d)-(?<d>[0-3]?\d)(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b" + Day + @"(?:\s+of)?[\s\-]+" + Month + @",?[\s\-]+" + Year + @"\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"\b" + Month + @"\s+" + Day + @",?\s+" + Year + @"\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"(?<![\d/.])(?<d>[0-3]?\d)[/.](?<m>[01]?\d)[/.]" + Year + @"(?![\d/])", RegexOptions.CultureInvariant)]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"\b" + Month + @",?\s+" + Year + @"\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthYear();
}
