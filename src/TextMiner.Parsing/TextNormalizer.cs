using System.Text;

namespace TextMiner.Parsing;

/// <summary>Whitespace and character clean-up shared by all formats.</summary>
internal static class TextNormalizer
{
    /// <summary>Collapses all whitespace (including non-breaking and zero-width) to single spaces, drops soft hyphens and trims.</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            switch (c)
            {
                case '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF':
                    continue;
                case '\uFB01':
                    Append(builder, "fi", ref pendingSpace);
                    continue;
                case '\uFB02':
                    Append(builder, "fl", ref pendingSpace);
                    continue;
                case '\uFB00':
                    Append(builder, "ff", ref pendingSpace);
                    continue;
                case '\uFB03':
                    Append(builder, "ffi", ref pendingSpace);
                    continue;
                case '\uFB04':
                    Append(builder, "ffl", ref pendingSpace);
                    continue;
            }

            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static void Append(StringBuilder builder, string value, ref bool pendingSpace)
    {
        if (pendingSpace)
        {
            builder.Append(' ');
            pendingSpace = false;
        }

        builder.Append(value);
    }
}
