using TextMiner.Search.Querying.Automata;

namespace TextMiner.Search.Querying;

/// <summary>
/// Bounds the work a regex or wildcard term can cause. Lucene.Net 4.8 turns such a term into a deterministic automaton
/// with no cap on its states, so <c>/[ac]*a[ac]{50,200}/</c> would pin a core and eat memory; here the term's automaton
/// is sized first, under caps, and a term past them is refused with one line. A term within the caps costs Lucene at
/// most a few milliseconds to build.
/// </summary>
internal static class PatternBudget
{
    public const int MaxRegexLength = 200;
    public const int MaxNfaStates = 3_000;
    public const int MaxDfaStates = 1_000;
    public const long MaxWork = 1_000_000;

    /// <exception cref="SearchQueryException">malformed-regex, or regex-too-complex.</exception>
    public static void CheckRegex(string regex)
    {
        if (regex.Length > MaxRegexLength)
        {
            throw TooComplex(regex, SearchErrorMessages.Format(SearchErrorMessages.RegexTooLong, MaxRegexLength));
        }

        NfaRecipe recipe;
        try
        {
            recipe = RegexNfaParser.Parse(regex);
        }
        catch (FormatException e)
        {
            throw new SearchQueryException(
                SearchErrorCodes.MalformedRegex, SearchErrorMessages.Format(SearchErrorMessages.MalformedRegex, regex, e.Message));
        }
        catch (AutomatonTooComplexException)
        {
            throw TooComplex(regex, SearchErrorMessages.Format(SearchErrorMessages.AutomatonTooLarge, MaxDfaStates));
        }

        Measure(regex, recipe);
    }

    /// <exception cref="SearchQueryException">regex-too-complex, for a wildcard whose automaton would be too large.</exception>
    public static void CheckWildcard(string wildcard) => Measure(wildcard, WildcardRecipe(wildcard));

    private static void Measure(string pattern, NfaRecipe recipe)
    {
        try
        {
            var nfa = new Nfa(MaxNfaStates);
            var fragment = recipe(nfa);
            SubsetConstruction.CountStates(nfa, fragment.Start, MaxDfaStates, MaxWork);
        }
        catch (AutomatonTooComplexException)
        {
            throw TooComplex(pattern, SearchErrorMessages.Format(SearchErrorMessages.AutomatonTooLarge, MaxDfaStates));
        }
    }

    /// <summary>Lucene's wildcard syntax: * any run, ? any one character, \ escapes the next.</summary>
    private static NfaRecipe WildcardRecipe(string wildcard)
    {
        var parts = new List<NfaRecipe>();
        for (var i = 0; i < wildcard.Length; i += char.IsSurrogatePair(wildcard, i) ? 2 : 1)
        {
            var c = wildcard[i];
            parts.Add(c switch
            {
                '*' => NfaRecipes.Star(NfaRecipes.AnyChar),
                '?' => NfaRecipes.AnyChar,
                '\\' when i + 1 < wildcard.Length => NfaRecipes.Char(char.ConvertToUtf32(wildcard, ++i)),
                _ => NfaRecipes.Char(char.ConvertToUtf32(wildcard, i)),
            });
        }

        return nfa =>
        {
            var start = nfa.NewState();
            var end = start;
            foreach (var part in parts)
            {
                var piece = part(nfa);
                nfa.Epsilon(end, piece.Start);
                end = piece.End;
            }

            return new NfaFragment(start, end);
        };
    }

    private static SearchQueryException TooComplex(string pattern, string why) =>
        new(SearchErrorCodes.RegexTooComplex, SearchErrorMessages.Format(SearchErrorMessages.RegexTooComplex, pattern, why));
}
