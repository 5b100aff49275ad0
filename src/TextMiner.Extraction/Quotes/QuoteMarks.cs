namespace TextMiner.Extraction.Quotes;

/// <summary>Telling opening and closing quote marks from apostrophes, inch marks and the like.</summary>
internal static class QuoteMarks
{
    private static readonly HashSet<string> PostQuoteWords = new(StringComparer.Ordinal)
    {
        "he", "she", "they", "said", "says", "added", "adds", "wrote", "writes", "told", "according", "explained",
        "warned", "continued", "insisted", "argued", "replied", "commented", "noted", "i", "we",
    };

    public static bool IsDouble(char c) => c is '“' or '”' or '"';

    public static bool OpensAt(string text, int i)
    {
        var c = text[i];
        if (c is '“')
        {
            return i + 1 < text.Length;
        }

        if (c is '‘')
        {
            // "the ‘90s" is an apostrophe; "‘1,400 new officers’" opens a quote.
            return i + 1 < text.Length && !(i + 3 < text.Length && char.IsDigit(text[i + 1]) && char.IsDigit(text[i + 2]) && text[i + 3] == 's');
        }

        if (c is not ('"' or '\''))
        {
            return false;
        }

        var prevOk = i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '—' or '–' or '-' or '/' or ':';
        var nextOk = i + 1 < text.Length && (char.IsLetterOrDigit(text[i + 1]) || text[i + 1] is '…' or '.' or ' ');
        return prevOk && nextOk && !(c == '\'' && i + 1 < text.Length && char.IsDigit(text[i + 1]));
    }

    /// <summary>The closing mark for a quote opened before <paramref name="from"/>, or -1 if it does not close here.</summary>
    public static int FindClose(string text, int from, bool isDouble)
    {
        return isDouble ? FindDoubleClose(text, from) : FindSingleClose(text, from);
    }

    public static int FirstOpen(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (OpensAt(text, i))
            {
                return i;
            }
        }

        return -1;
    }

    private static int FindDoubleClose(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '”':
                    return i;
                case '“':
                    return -1;
                case '"':
                    var opensNew = i > from && char.IsWhiteSpace(text[i - 1]) && i + 1 < text.Length && char.IsLetter(text[i + 1]);
                    return opensNew ? -1 : i;
            }
        }

        return -1;
    }

    private static int FindSingleClose(string text, int from)
    {
        var ambiguous = -1;
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '‘' || (c == '\'' && OpensAt(text, i) && i > from))
            {
                return ambiguous;
            }

            if (c is not ('’' or '\''))
            {
                continue;
            }

            var before = i > 0 ? text[i - 1] : ' ';
            var after = i + 1 < text.Length ? text[i + 1] : ' ';
            if (char.IsLower(before) && char.IsUpper(after))
            {
                // "… to manage’Responding to the findings": text run together where a page lost its line breaks; no
                // word has a lower-case letter, an apostrophe and a capital, so this closes unless a clearer close follows.
                ambiguous = ambiguous < 0 ? i : ambiguous;
                continue;
            }

            if (char.IsLetterOrDigit(before) && char.IsLetter(after))
            {
                continue;
            }

            if (char.IsWhiteSpace(before))
            {
                continue;
            }

            if (IsStrongClose(text, i, before))
            {
                return i;
            }

            if (ambiguous < 0)
            {
                ambiguous = i;
            }
        }

        return ambiguous;
    }

    private static bool IsStrongClose(string text, int i, char before)
    {
        if (!char.IsLetterOrDigit(before) || i + 1 >= text.Length)
        {
            return true;
        }

        var after = text[i + 1];
        if (!char.IsWhiteSpace(after))
        {
            return true;
        }

        var wordStart = i + 1;
        while (wordStart < text.Length && char.IsWhiteSpace(text[wordStart]))
        {
            wordStart++;
        }

        if (wordStart >= text.Length || !char.IsLower(text[wordStart]))
        {
            return true;
        }

        var wordEnd = wordStart;
        while (wordEnd < text.Length && char.IsLetter(text[wordEnd]))
        {
            wordEnd++;
        }

        // "members’ right" may be a plural possessive; a lower-case word after any other letter closes a quote.
        return PostQuoteWords.Contains(text[wordStart..wordEnd]) || before is not ('s' or 'S');
    }
}
