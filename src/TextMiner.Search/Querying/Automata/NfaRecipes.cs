namespace TextMiner.Search.Querying.Automata;

/// <summary>The Thompson constructions, one per regular operator.</summary>
internal static class NfaRecipes
{
    public const int MaxCodePoint = 0x10FFFF;

    public static NfaRecipe Ranges(IReadOnlyList<(int Min, int Max)> ranges) => nfa =>
    {
        var (start, end) = (nfa.NewState(), nfa.NewState());
        foreach (var (min, max) in ranges)
        {
            nfa.Move(start, min, max, end);
        }

        return new NfaFragment(start, end);
    };

    public static NfaRecipe Char(int c) => Ranges([(c, c)]);

    public static NfaRecipe AnyChar { get; } = Ranges([(0, MaxCodePoint)]);

    /// <summary>The empty string.</summary>
    public static NfaRecipe Empty { get; } = nfa =>
    {
        var (start, end) = (nfa.NewState(), nfa.NewState());
        nfa.Epsilon(start, end);
        return new NfaFragment(start, end);
    };

    /// <summary>No string at all (a repeat whose minimum passes its maximum).</summary>
    public static NfaRecipe Nothing { get; } = nfa => new NfaFragment(nfa.NewState(), nfa.NewState());

    public static NfaRecipe Text(string text) => nfa =>
    {
        var start = nfa.NewState();
        var end = start;
        for (var i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1)
        {
            end = Append(nfa, end, Char(char.ConvertToUtf32(text, i)));
        }

        return new NfaFragment(start, end);
    };

    public static NfaRecipe Sequence(NfaRecipe first, NfaRecipe second) => nfa =>
    {
        var a = first(nfa);
        var b = second(nfa);
        nfa.Epsilon(a.End, b.Start);
        return new NfaFragment(a.Start, b.End);
    };

    public static NfaRecipe Either(NfaRecipe first, NfaRecipe second) => nfa =>
    {
        var (start, end) = (nfa.NewState(), nfa.NewState());
        foreach (var piece in new[] { first(nfa), second(nfa) })
        {
            nfa.Epsilon(start, piece.Start);
            nfa.Epsilon(piece.End, end);
        }

        return new NfaFragment(start, end);
    };

    public static NfaRecipe Optional(NfaRecipe inner) => Either(inner, Empty);

    public static NfaRecipe Star(NfaRecipe inner) => nfa =>
    {
        var (start, end) = (nfa.NewState(), nfa.NewState());
        var piece = inner(nfa);
        nfa.Epsilon(start, piece.Start);
        nfa.Epsilon(start, end);
        nfa.Epsilon(piece.End, piece.Start);
        nfa.Epsilon(piece.End, end);
        return new NfaFragment(start, end);
    };

    /// <summary><c>{min,max}</c>; a null max is <c>{min,}</c>. Built in a loop: a count is never a recursion depth.</summary>
    public static NfaRecipe Repeat(NfaRecipe inner, int min, int? max) => max < min ? Nothing : nfa =>
    {
        var start = nfa.NewState();
        var end = start;
        for (var i = 0; i < min; i++)
        {
            end = Append(nfa, end, inner);
        }

        if (max is null)
        {
            return new NfaFragment(start, Append(nfa, end, Star(inner)));
        }

        for (var i = min; i < max; i++)
        {
            end = Append(nfa, end, Optional(inner));
        }

        return new NfaFragment(start, end);
    };

    private static int Append(Nfa nfa, int end, NfaRecipe next)
    {
        var piece = next(nfa);
        nfa.Epsilon(end, piece.Start);
        return piece.End;
    }
}
