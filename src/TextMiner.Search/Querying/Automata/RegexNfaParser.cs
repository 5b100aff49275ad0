using System.Globalization;

namespace TextMiner.Search.Querying.Automata;

/// <summary>
/// Reads a Lucene regular expression with the operators the search accepts (Lucene's RegExp with no optional syntax:
/// <c>| * + ? {n,m} [..] [^..] . "..." ( )</c> and <c>\</c> escapes; every other character stands for itself), the same
/// grammar as Lucene's own parser, into an <see cref="NfaRecipe"/>. Mistakes are <see cref="FormatException"/>s
/// whose message says what and where.
/// </summary>
internal sealed class RegexNfaParser
{
    private const int MaxCountDigits = 6;
    private readonly string text;
    private int position;

    private RegexNfaParser(string text) => this.text = text;

    /// <exception cref="FormatException">The expression is malformed.</exception>
    public static NfaRecipe Parse(string text)
    {
        var parser = new RegexNfaParser(text);
        var recipe = parser.Union();
        return parser.position < text.Length
            ? throw parser.Malformed("a ')' without its '('")
            : recipe;
    }

    private bool More => position < text.Length;

    private NfaRecipe Union()
    {
        var first = Concatenation();
        return Match('|') ? NfaRecipes.Either(first, Union()) : first;
    }

    private NfaRecipe Concatenation()
    {
        var first = Repeat();
        return More && !Peek(")|") ? NfaRecipes.Sequence(first, Concatenation()) : first;
    }

    private NfaRecipe Repeat()
    {
        var recipe = CharacterClass();
        while (Peek("?*+{"))
        {
            if (Match('?'))
            {
                recipe = NfaRecipes.Optional(recipe);
            }
            else if (Match('*'))
            {
                recipe = NfaRecipes.Star(recipe);
            }
            else if (Match('+'))
            {
                recipe = NfaRecipes.Repeat(recipe, 1, null);
            }
            else
            {
                Match('{');
                var min = Count() ?? throw Malformed("a number is expected after '{'");
                var max = Match(',') ? Count() : min;
                if (!Match('}'))
                {
                    throw Malformed("'}' is expected");
                }

                recipe = NfaRecipes.Repeat(recipe, min, max);
            }
        }

        return recipe;
    }

    private NfaRecipe CharacterClass()
    {
        if (!Match('['))
        {
            return Simple();
        }

        var negate = Match('^');
        var ranges = new List<(int Min, int Max)>();
        do
        {
            var from = CodePoint();
            var to = Match('-') ? CodePoint() : from;
            if (to < from)
            {
                throw Malformed(string.Create(CultureInfo.InvariantCulture, $"the range {char.ConvertFromUtf32(from)}-{char.ConvertFromUtf32(to)} runs backwards"));
            }

            ranges.Add((from, to));
        }
        while (More && !Peek("]"));

        if (!Match(']'))
        {
            throw Malformed("']' is expected");
        }

        return NfaRecipes.Ranges(negate ? Complement(ranges) : ranges);
    }

    private NfaRecipe Simple()
    {
        if (Match('.'))
        {
            return NfaRecipes.AnyChar;
        }

        if (Match('"'))
        {
            var end = text.IndexOf('"', position);
            if (end < 0)
            {
                position = text.Length;
                throw Malformed("a closing '\"' is expected");
            }

            var literal = text[position..end];
            position = end + 1;
            return NfaRecipes.Text(literal);
        }

        if (Match('('))
        {
            if (Match(')'))
            {
                return NfaRecipes.Empty;
            }

            var inner = Union();
            return Match(')') ? inner : throw Malformed("')' is expected");
        }

        return NfaRecipes.Char(CodePoint());
    }

    private int CodePoint()
    {
        Match('\\');
        if (!More)
        {
            throw Malformed("it ends too early");
        }

        var c = char.ConvertToUtf32(text, position);
        position += char.IsSurrogatePair(text, position) ? 2 : 1;
        return c;
    }

    private int? Count()
    {
        var start = position;
        while (More && char.IsAsciiDigit(text[position]))
        {
            position++;
        }

        if (position - start > MaxCountDigits)
        {
            throw new AutomatonTooComplexException();
        }

        return position == start ? null : int.Parse(text.AsSpan(start, position - start), CultureInfo.InvariantCulture);
    }

    private static List<(int Min, int Max)> Complement(List<(int Min, int Max)> ranges)
    {
        var result = new List<(int Min, int Max)>();
        var next = 0;
        foreach (var (min, max) in ranges.OrderBy(r => r.Min))
        {
            if (min > next)
            {
                result.Add((next, min - 1));
            }

            next = Math.Max(next, max + 1);
        }

        if (next <= NfaRecipes.MaxCodePoint)
        {
            result.Add((next, NfaRecipes.MaxCodePoint));
        }

        return result;
    }

    private bool Match(char c)
    {
        if (More && text[position] == c)
        {
            position++;
            return true;
        }

        return false;
    }

    private bool Peek(string any) => More && any.Contains(text[position], StringComparison.Ordinal);

    private FormatException Malformed(string what) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{what} (at character {position + 1})"));
}
