namespace TextMiner.Classification.Features;

/// <summary>
/// Splits text into lower-case word tokens: runs of letters (an apostrophe inside a word is dropped, so "victims'" and
/// "victim's" are one token each). A run containing digits becomes the one token "0": figures vary between reports,
/// the words around them do not.
/// </summary>
internal static class Tokenizer
{
    public const string NumberToken = "0";

    /// <summary>Writes each token's lower-case characters into <paramref name="buffer"/> and reports (start, length) in
    /// the buffer, and, when <paramref name="sources"/> is given, where each token starts in <paramref name="text"/>.</summary>
    public static void Tokenize(ReadOnlySpan<char> text, List<char> buffer, List<(int Start, int Length)> tokens, List<int>? sources = null)
    {
        buffer.Clear();
        tokens.Clear();
        sources?.Clear();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            sources?.Add(i);
            var start = buffer.Count;
            var hasDigit = false;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || IsInnerApostrophe(text, i)))
            {
                var c = text[i++];
                if (char.IsDigit(c))
                {
                    hasDigit = true;
                }
                else if (char.IsLetter(c))
                {
                    buffer.Add(char.ToLowerInvariant(c));
                }
            }

            if (hasDigit)
            {
                buffer.RemoveRange(start, buffer.Count - start);
                buffer.Add(NumberToken[0]);
            }

            tokens.Add((start, buffer.Count - start));
        }
    }

    private static bool IsInnerApostrophe(ReadOnlySpan<char> text, int i) =>
        text[i] is '\'' or '\u2019' && i + 1 < text.Length && char.IsLetter(text[i + 1]) && i > 0 && char.IsLetter(text[i - 1]);
}
