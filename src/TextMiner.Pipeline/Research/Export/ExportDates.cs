using System.Globalization;

namespace TextMiner.Pipeline.Research.Export;

/// <summary>Reads --from/--to: yyyy-MM-dd, or a year (yyyy: from its first day, to its last).</summary>
public static class ExportDates
{
    public const string InvalidDate = "not a date (yyyy-MM-dd or yyyy): {0}";

    public static bool TryParse(string? text, bool endOfPeriod, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var trimmed = text.Trim();
        if (DateOnly.TryParseExact(trimmed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            date = day;
            return true;
        }

        if (trimmed.Length == 4 && int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= 1)
        {
            date = endOfPeriod ? new DateOnly(year, 12, 31) : new DateOnly(year, 1, 1);
            return true;
        }

        return false;
    }
}
