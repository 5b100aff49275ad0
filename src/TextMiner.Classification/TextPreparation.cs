namespace TextMiner.Classification;

/// <summary>Makes any input safe to featurise: null becomes empty, very long text is cut at a word boundary.</summary>
internal static class TextPreparation
{
    public static string Prepare(string? text, int maxLength)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        if (text.Length <= maxLength)
        {
            return text;
        }

        // Cut at the last whitespace in the final tenth of the window, so no half word becomes a spurious n-gram.
        var cut = maxLength;
        var space = text.LastIndexOfAny([' ', '\n', '\t', '\r'], maxLength - 1, maxLength / 10);
        if (space > 0)
        {
            cut = space;
        }
        else if (char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return text[..cut];
    }
}
