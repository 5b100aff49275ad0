using System.Globalization;

namespace TextMiner.Storage.Sql;

/// <summary>How dates are written to SQLite text columns: ISO 8601, invariant, round-trip exact.</summary>
internal static class SqlValues
{
    private const string DateFormat = "yyyy-MM-dd";

    public static string ToText(DateTimeOffset value) => value.ToString("o", CultureInfo.InvariantCulture);

    public static string? ToText(DateTimeOffset? value) => value is { } v ? ToText(v) : null;

    public static string? ToText(DateOnly? value) => value?.ToString(DateFormat, CultureInfo.InvariantCulture);

    public static DateTimeOffset ToDateTimeOffset(string text) =>
        DateTimeOffset.ParseExact(text, "o", CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    public static DateTimeOffset? ToNullableDateTimeOffset(string? text) => text is null ? null : ToDateTimeOffset(text);

    public static DateOnly? ToDateOnly(string? text) =>
        text is null ? null : DateOnly.ParseExact(text, DateFormat, CultureInfo.InvariantCulture);
}
