using System.Globalization;
using System.Text.RegularExpressions;

namespace TextMiner.Fetching.Discovery;

/// <summary>
/// Finds the first date in a piece of text: ISO ("2019-05-22", "2019-05-22T10:00:00Z"), day month year ("22 May 2019",
/// "06th Mar 2019", "1st of June 2020", RFC 1123 "Wed, 22 May 2019 10:00:00 +0000"), month day year ("May 22, 2019")
/// and UK numeric ("22/05/2019", "22.05.2019"); or, first, an exact match of one of the caller's formats.
/// </summary>
internal static partial class DateText
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public static DateOnly? Find(string? text, IReadOnlyList<string>? formats = null)
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

        (int Index, DateOnly Date)? best = null;
        void Offer(Match m, int year, int month, int day)
        {
            if (year is >= 1900 and <= 2200 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
                && (best is null || m.Index < best.Value.Index))
            {
                best = (m.Index, new DateOnly(year, month, day));
            }
        }

        foreach (Match m in Iso().Matches(trimmed))
        {
            Offer(m, Int(m, "y"), Int(m, "m"), Int(m, "d"));
        }

        foreach (Match m in DayMonthYear().Matches(trimmed))
        {
            Offer(m, Int(m, "y"), Month(m), Int(m, "d"));
        }

        foreach (Match m in MonthDayYear().Matches(trimmed))
        {
            Offer(m, Int(m, "y"), Month(m), Int(m, "d"));
        }

        foreach (Match m in Numeric().Matches(trimmed))
        {
            Offer(m, Int(m, "y"), Int(m, "m"), Int(m, "d"));
        }

        return best?.Date;
    }

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    private static int Month(Match m) => Array.IndexOf(Months, m.Groups["mon"].Value[..3].ToLowerInvariant()) + 1;

    [GeneratedRegex(@"(?<!\d)(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})(?!\d)")]
    private static partial Regex Iso();

    [GeneratedRegex(@"(?<!\d)(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?,?\s+(?<y>\d{4})(?!\d)", RegexOptions.IgnoreCase)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"\b(?<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4})(?!\d)", RegexOptions.IgnoreCase)]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"(?<![\d/.])(?<d>\d{1,2})[/.](?<m>\d{1,2})[/.](?<y>\d{4})(?!\d)")]
    private static partial Regex Numeric();
}
