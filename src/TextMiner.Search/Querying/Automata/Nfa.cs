namespace TextMiner.Search.Querying.Automata;

/// <summary>
/// A Thompson NFA over Unicode code points, built piece by piece with a hard cap on its states: the cap is what keeps
/// a counted repeat such as <c>(a{100}){100}</c> from being built at all.
/// </summary>
internal sealed class Nfa
{
    private readonly int maxStates;
    private readonly List<List<int>> epsilons = [];
    private readonly List<List<(int Min, int Max, int To)>> moves = [];

    public Nfa(int maxStates) => this.maxStates = maxStates;

    public int Count => moves.Count;

    public IReadOnlyList<int> Epsilons(int state) => epsilons[state];

    public IReadOnlyList<(int Min, int Max, int To)> Moves(int state) => moves[state];

    /// <exception cref="AutomatonTooComplexException">The NFA would grow past its cap.</exception>
    public int NewState()
    {
        if (moves.Count >= maxStates)
        {
            throw new AutomatonTooComplexException();
        }

        epsilons.Add([]);
        moves.Add([]);
        return moves.Count - 1;
    }

    public void Epsilon(int from, int to) => epsilons[from].Add(to);

    public void Move(int from, int min, int max, int to) => moves[from].Add((min, max, to));
}
