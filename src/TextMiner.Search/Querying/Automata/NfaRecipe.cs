namespace TextMiner.Search.Querying.Automata;

/// <summary>
/// Builds one fresh copy of a pattern piece into an <see cref="Nfa"/>. A recipe rather than a fragment, because a
/// counted repeat needs as many copies as its count (and the NFA's cap stops that long before it is large).
/// </summary>
internal delegate NfaFragment NfaRecipe(Nfa nfa);
