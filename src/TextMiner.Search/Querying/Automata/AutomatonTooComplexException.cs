namespace TextMiner.Search.Querying.Automata;

/// <summary>The automaton of a pattern would pass its state cap: the pattern is refused before any large work is done.</summary>
internal sealed class AutomatonTooComplexException : Exception
{
    public AutomatonTooComplexException()
        : base("The pattern's automaton is too large.")
    {
    }

    public AutomatonTooComplexException(string message)
        : base(message)
    {
    }

    public AutomatonTooComplexException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
