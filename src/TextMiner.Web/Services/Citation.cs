using System.Globalization;
using System.Text;

namespace TextMiner.Web.Services;

/// <summary>
/// A ready-to-paste citation: “quote” — Speaker, Role, Organisation, 22 May 2019. Title, p. 4. URL.
/// Parts the store does not know are left out rather than guessed.
/// </summary>
internal static class Citation
{
    public static string For(string quote, string? speaker, string? role, string? organisation, DateOnly? published, string title, int? page, string location)
    {
        var builder = new StringBuilder();
        builder.Append('“').Append(Collapse(quote).Trim('"', '“', '”', '\'', '‘', '’', ' ')).Append('”');
        var who = new[] { speaker, role, organisation }
            .Where(part => !string.IsNullOrWhiteSpace(part))
            .Select(part => Collapse(part!))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        if (published is { } date)
        {
            who.Add(Date(date));
        }

        if (who.Count > 0)
        {
            builder.Append(" — ").AppendJoin(", ", who);
        }

        builder.Append(". ").Append(Collapse(title).TrimEnd('.'));
        if (page is { } number)
        {
            builder.Append(", p. ").Append(number.ToString(CultureInfo.InvariantCulture));
        }

        builder.Append('.');
        if (location.Length > 0)
        {
            builder.Append(' ').Append(location);
        }

        return builder.ToString();
    }

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
