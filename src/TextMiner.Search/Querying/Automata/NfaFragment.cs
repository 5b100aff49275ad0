namespace TextMiner.Search.Querying.Automata;

/// <summary>A piece of an <see cref="Nfa"/> with one entry and one exit state.</summary>
internal readonly record struct NfaFragment(int Start, int End);
