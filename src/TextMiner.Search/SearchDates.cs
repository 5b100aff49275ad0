using System.Globalization;

namespace TextMiner.Search;

/// <summary>Reads the dates users type: YYYY-MM-DD, YYYY-MM or YYYY (a month or year is its first or last day).</summary>
public static class SearchDates
{
    private static readonly string[] DayFormats = ["yyyy-MM-dd", "yyyy-M-d", "yyyyMMdd"];

    /// <summary>The date, or for a month or year its first day (<paramref name="endOfPeriod"/> false) or last day.</summary>
    public static DateOnly Parse(string text, bool endOfPeriod = false)
    {
        var value = text.Trim();
        if (DateOnly.TryParseExact(value, DayFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        if (DateOnly.TryParseExact(value, ["yyyy-MM", "yyyy-M"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            return endOfPeriod ? month.AddMonths(1).AddDays(-1) : month;
        }

        if (value.Length == 4 && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= 1)
        {
            return endOfPeriod ? new DateOnly(year, 12, 31) : new DateOnly(year, 1, 1);
        }

        throw new SearchQueryException(
            SearchErrorCodes.MalformedDate, SearchErrorMessages.Format(SearchErrorMessages.MalformedDate, value));
    }
}
