using System.Text;
using System.Text.RegularExpressions;
using TextMiner.Search.Thesaurus;

namespace TextMiner.Search.Querying;

/// <summary>
/// Puts quotes round unquoted runs of plain words that form a thesaurus term, so that
/// <c>Community Rehabilitation Company</c> is read as one phrase and expands to CRC like the quoted form does.
/// </summary>
internal static partial class PhraseMarker
{
    private static readonly HashSet<string> Operators = new(StringComparer.Ordinal) { "AND", "OR", "NOT", "TO" };

    public static string QuoteKnownPhrases(string query, DomainThesaurus thesaurus)
    {
        var words = PlainWords(query);
        if (words.Count < 2)
        {
            return query;
        }

        var result = new StringBuilder(query.Length + 8);
        var copied = 0;
        for (var i = 0; i < words.Count; i++)
        {
            var last = LongestTermEnd(query, words, i, thesaurus);
            if (last < 0)
            {
                continue;
            }

            result.Append(query, copied, words[i].Index - copied).Append('"');
            var end = words[last].Index + words[last].Length;
            result.Append(query, words[i].Index, end - words[i].Index).Append('"');
            copied = end;
            i = last;
        }

        return result.Append(query, copied, query.Length - copied).ToString();
    }

    private static int LongestTermEnd(string query, List<Match> words, int first, DomainThesaurus thesaurus)
    {
        var limit = Math.Min(words.Count - 1, first + thesaurus.LongestTermWords - 1);
        var contiguous = first;
        while (contiguous < limit && query.AsSpan(End(words[contiguous]), words[contiguous + 1].Index - End(words[contiguous])).IsWhiteSpace())
        {
            contiguous++;
        }

        for (var last = contiguous; last > first; last--)
        {
            var text = query[words[first].Index..End(words[last])];
            if (thesaurus.Find(text) is not null)
            {
                return last;
            }
        }

        return -1;
    }

    private static int End(Match word) => word.Index + word.Length;

    /// <summary>Words outside quotes and ranges that carry no operator, field, boost, slop or wildcard.</summary>
    private static List<Match> PlainWords(string query)
    {
        var plain = new List<Match>();
        foreach (Match word in WordPattern().Matches(query))
        {
            var before = word.Index == 0 ? ' ' : query[word.Index - 1];
            var after = End(word) == query.Length ? ' ' : query[End(word)];
            if (!Operators.Contains(word.Value) && (char.IsWhiteSpace(before) || before == '(')
                && (char.IsWhiteSpace(after) || after == ')') && !InsideQuotesOrRange(query, word.Index))
            {
                plain.Add(word);
            }
        }

        return plain;
    }

    private static bool InsideQuotesOrRange(string query, int index)
    {
        var quotes = false;
        var range = 0;
        for (var i = 0; i < index; i++)
        {
            switch (query[i])
            {
                case '\\':
                    i++;
                    break;
                case '"':
                    quotes = !quotes;
                    break;
                case '[' or '{' when !quotes:
                    range++;
                    break;
                case ']' or '}' when !quotes:
                    range--;
                    break;
            }
        }

        return quotes || range > 0;
    }

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’\-]*")]
    private static partial Regex WordPattern();
}
