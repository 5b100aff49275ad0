namespace TextMiner.Classification.Features;

/// <summary>
/// Cuts a paragraph into sentences (after '.', '!', '?' or ';' followed by a space, at line breaks and bullets), so a
/// long paragraph can be scored on its strongest sentence as well as on the whole.
/// </summary>
internal static class Sentences
{
    /// <summary>Sentences shorter than this many characters are not scored alone (headings, list markers).</summary>
    public const int MinLength = 25;

    public static void Split(ReadOnlySpan<char> text, List<(int Start, int Length)> sentences)
    {
        sentences.Clear();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var end = text[i] is '\n' or '\u2022'
                || (text[i] is '.' or '!' or '?' or ';' && i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]));
            if (end)
            {
                Add(text, start, i + 1, sentences);
                start = i + 1;
            }
        }

        Add(text, start, text.Length, sentences);
    }

    private static void Add(ReadOnlySpan<char> text, int start, int end, List<(int Start, int Length)> sentences)
    {
        var piece = text[start..end].Trim();
        if (piece.Length >= MinLength)
        {
            sentences.Add((start, end - start));
        }
    }
}
