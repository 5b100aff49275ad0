namespace TextMiner.Extraction.Text;

/// <summary>Windows of text cut at word boundaries, so that a cut "Cornwall" never reads as "all".</summary>
internal static class TextWindow
{
    /// <summary>At most the last <paramref name="length"/> characters of <paramref name="text"/>, starting at a word.</summary>
    public static string Tail(string text, int length)
    {
        if (text.Length <= length)
        {
            return text;
        }

        var start = text.Length - length;
        if (char.IsLetterOrDigit(text[start - 1]))
        {
            while (start < text.Length && char.IsLetterOrDigit(text[start]))
            {
                start++;
            }
        }

        return text[start..];
    }

    /// <summary>The last <paramref name="length"/> characters of text[start..end], without copying the rest.</summary>
    public static string Tail(string text, int start, int end, int length) =>
        Tail(text[Math.Max(start, end - length - 1)..end], length);

    /// <summary>The first <paramref name="length"/> characters of text[start..end], without copying the rest.</summary>
    public static string Head(string text, int start, int end, int length) =>
        Head(text[start..Math.Min(end, start + length + 1)], length);

    /// <summary>At most the first <paramref name="length"/> characters of <paramref name="text"/>, ending at a word.</summary>
    public static string Head(string text, int length)
    {
        if (text.Length <= length)
        {
            return text;
        }

        var end = length;
        if (char.IsLetterOrDigit(text[end]))
        {
            while (end > 0 && char.IsLetterOrDigit(text[end - 1]))
            {
                end--;
            }
        }

        return text[..end];
    }
}
