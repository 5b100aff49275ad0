using System.Globalization;

namespace TextMiner.Pipeline.Research.Export;

/// <summary>How a value is spelled in CSV (and in JSON for dates and instants): invariant, ISO 8601, lists joined by ';'.</summary>
public static class ExportValues
{
    public const string ListSeparator = ";";

    public static string Format(object? value) => value switch
    {
        null => string.Empty,
        string text => text,
        int number => number.ToString(CultureInfo.InvariantCulture),
        long number => number.ToString(CultureInfo.InvariantCulture),
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        DateOnly date => Date(date),
        DateTimeOffset instant => Instant(instant),
        IReadOnlyList<string> labels => string.Join(ListSeparator, labels),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Instant(DateTimeOffset instant) =>
        instant.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
}
