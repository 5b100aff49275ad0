namespace TextMiner.Extraction.Text;

/// <summary>
/// Splits a paragraph into sentences at '.', '!' or '?' (with any closing quotes or brackets) followed by a space and
/// a capital, digit or opening quote; titles, initials and common abbreviations do not end a sentence.
/// </summary>
internal static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "st", "prof", "rev", "no", "nos", "vs", "v", "e.g", "i.e", "eg", "ie", "cf", "al",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "co", "ltd", "inc",
        "gov", "cllr", "hon", "rt", "approx", "para", "paras", "p", "pp", "fig", "figs", "ch", "vol", "sr", "jr", "op",
    };

    public static IReadOnlyList<TextSpan> Split(string text)
    {
        var sentences = new List<TextSpan>();
        var start = SkipSpace(text, 0);
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (c is not ('.' or '!' or '?'))
            {
                continue;
            }

            var end = i + 1;
            while (end < text.Length && IsCloser(text[end]))
            {
                end++;
            }

            if (end < text.Length && !char.IsWhiteSpace(text[end]))
            {
                continue;
            }

            var next = SkipSpace(text, end);
            if (next < text.Length && !StartsSentence(text[next]))
            {
                continue;
            }

            if (c == '.' && end == i + 1 && IsAbbreviation(text, i))
            {
                continue;
            }

            if (end > start)
            {
                sentences.Add(new TextSpan(start, end));
            }

            start = next;
            i = next - 1;
        }

        var last = TrimEnd(text, text.Length);
        if (last > start)
        {
            sentences.Add(new TextSpan(start, last));
        }

        return sentences;
    }

    public static TextSpan Containing(IReadOnlyList<TextSpan> sentences, int position)
    {
        foreach (var sentence in sentences)
        {
            if (position < sentence.End)
            {
                return sentence;
            }
        }

        return sentences.Count > 0 ? sentences[^1] : default;
    }

    private static bool IsCloser(char c) => c is '”' or '’' or '"' or '\'' or ')' or ']';

    private static bool StartsSentence(char c) =>
        char.IsUpper(c) || char.IsDigit(c) || c is '“' or '‘' or '"' or '\'' or '(' or '[' or '•' or '-' or '–';

    private static bool IsAbbreviation(string text, int period)
    {
        var wordStart = period;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var word = text[wordStart..period];
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true;
        }

        return Abbreviations.Contains(word) || (word.Length > 2 && word.Contains('.', StringComparison.Ordinal));
    }

    private static int SkipSpace(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static int TrimEnd(string text, int end)
    {
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }
}
