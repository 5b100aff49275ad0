namespace TextMiner.Search.Presentation;

/// <summary>
/// Who said a quote, in one display form: speaker, role and organisation, leaving out a part that only repeats an
/// earlier one in another case ("one PO in Essex", not "one po in essex, one PO in Essex").
/// </summary>
public static class Attribution
{
    public static string Describe(string? speaker, string? role, string? organisation)
    {
        var parts = new List<string>();
        foreach (var part in new[] { speaker, role, organisation })
        {
            var text = part is null ? string.Empty : string.Join(' ', part.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            if (text.Length == 0)
            {
                continue;
            }

            var same = parts.FindIndex(p => Repeats(p, text));
            if (same < 0)
            {
                parts.Add(text);
            }
            else if (text.Length > parts[same].Length || (text.Length == parts[same].Length && text.Count(char.IsUpper) > parts[same].Count(char.IsUpper)))
            {
                // Keep the fuller form, and of two spellings the one with its capitals.
                parts[same] = text;
            }
        }

        return string.Join(", ", parts);
    }

    /// <summary>True when one part says what the other already says, ignoring case ("one po in essex" / "One PO in Essex").</summary>
    public static bool Repeats(string? shown, string? part) =>
        !string.IsNullOrWhiteSpace(shown) && !string.IsNullOrWhiteSpace(part)
        && (shown.Contains(part.Trim(), StringComparison.OrdinalIgnoreCase) || part.Contains(shown.Trim(), StringComparison.OrdinalIgnoreCase));
}
