using System.Globalization;

namespace TextMiner.Extraction.Text;

/// <summary>Values of numbers written as words ("six", "twenty-five", "a hundred") and of fractions ("a fifth").</summary>
internal static class NumberWords
{
    private static readonly Dictionary<string, int> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = 0, ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5,
        ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12,
        ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17,
        ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50,
        ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90, ["hundred"] = 100,
    };

    private static readonly Dictionary<string, double> Fractions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["half"] = 50, ["halves"] = 50, ["third"] = 100.0 / 3, ["thirds"] = 100.0 / 3, ["quarter"] = 25,
        ["quarters"] = 25, ["fifth"] = 20, ["fifths"] = 20, ["sixth"] = 100.0 / 6, ["tenth"] = 10, ["tenths"] = 10,
    };

    private static readonly Dictionary<string, double> Scales = new(StringComparer.OrdinalIgnoreCase)
    {
        ["hundred"] = 100, ["thousand"] = 1_000, ["k"] = 1_000, ["million"] = 1_000_000, ["m"] = 1_000_000,
        ["dozen"] = 12,
    };

    /// <summary>"twenty-five" → 25, "a hundred" → 100, "two thousand" → 2000, "1,268" → 1268.</summary>
    public static double? Parse(string text)
    {
        var parts = text.Trim().ToLowerInvariant().Split([' ', '-', '\u2011'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            return null;
        }

        double total = 0;
        double current = 0;
        var any = false;
        foreach (var part in parts)
        {
            if (part == "and")
            {
                continue;
            }

            if (double.TryParse(part.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var digits))
            {
                current += digits;
                any = true;
            }
            else if (Scales.TryGetValue(part, out var scale) && any)
            {
                current = (current == 0 ? 1 : current) * scale;
                if (scale >= 1_000)
                {
                    total += current;
                    current = 0;
                }
            }
            else if (Units.TryGetValue(part, out var unit))
            {
                current += unit;
                any = true;
            }
            else
            {
                return null;
            }
        }

        return any ? total + current : null;
    }

    /// <summary>"a fifth" → 20, "two-thirds" → 66.7, "half" → 50 (as percentages).</summary>
    public static double? ParseFraction(string text)
    {
        var parts = text.Trim().ToLowerInvariant().Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0 || !Fractions.TryGetValue(parts[^1], out var fraction))
        {
            return null;
        }

        var count = parts.Length > 1 ? Parse(parts[0]) ?? 1 : 1;
        return Math.Round(count * fraction);
    }
}
