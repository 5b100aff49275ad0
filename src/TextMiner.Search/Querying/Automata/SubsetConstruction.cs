namespace TextMiner.Search.Querying.Automata;

/// <summary>
/// Determinizes an <see cref="Nfa"/> (the subset construction) only to count its states, under two caps: the number
/// of DFA states and the steps taken (every NFA state visited, every move looked at). Lucene.Net 4.8 determinizes a
/// pattern without any cap, so the size is measured here first and a pattern whose automaton would explode is refused
/// before Lucene sees it.
/// </summary>
internal sealed class SubsetConstruction
{
    private readonly Nfa nfa;
    private readonly long maxWork;
    private readonly int[] mark;
    private int generation;
    private long work;

    private SubsetConstruction(Nfa nfa, long maxWork)
    {
        this.nfa = nfa;
        this.maxWork = maxWork;
        mark = new int[nfa.Count];
    }

    /// <exception cref="AutomatonTooComplexException">More than <paramref name="maxStates"/> states, or more than <paramref name="maxWork"/> steps.</exception>
    public static int CountStates(Nfa nfa, int start, int maxStates, long maxWork)
    {
        var construction = new SubsetConstruction(nfa, maxWork);
        var first = construction.Closure([start]);
        var seen = new HashSet<int[]>(StateSetComparer.Instance) { first };
        var queue = new Queue<int[]>([first]);
        var moves = new List<(int Min, int Max, int To)>();
        var points = new List<int>();
        var targets = new List<int>();
        while (queue.Count > 0)
        {
            var set = queue.Dequeue();
            moves.Clear();
            points.Clear();
            foreach (var state in set)
            {
                foreach (var move in nfa.Moves(state))
                {
                    moves.Add(move);
                    points.Add(move.Min);
                    points.Add(move.Max + 1);
                }
            }

            construction.Spend(set.Length + (2L * moves.Count));
            points.Sort();
            for (var i = 0; i + 1 < points.Count; i++)
            {
                if (points[i] == points[i + 1])
                {
                    continue;
                }

                targets.Clear();
                foreach (var move in moves)
                {
                    if (move.Min <= points[i] && points[i + 1] - 1 <= move.Max)
                    {
                        targets.Add(move.To);
                    }
                }

                construction.Spend(moves.Count);
                if (targets.Count == 0)
                {
                    continue;
                }

                var next = construction.Closure(targets);
                if (seen.Add(next))
                {
                    if (seen.Count > maxStates)
                    {
                        throw new AutomatonTooComplexException();
                    }

                    queue.Enqueue(next);
                }
            }
        }

        return seen.Count;
    }

    /// <summary>The states reachable by epsilon moves, sorted: the identity of a DFA state.</summary>
    private int[] Closure(List<int> from)
    {
        generation++;
        var reached = new List<int>();
        var stack = new Stack<int>(from);
        while (stack.Count > 0)
        {
            var state = stack.Pop();
            if (mark[state] == generation)
            {
                continue;
            }

            mark[state] = generation;
            reached.Add(state);
            foreach (var next in nfa.Epsilons(state))
            {
                stack.Push(next);
            }
        }

        Spend(2L * reached.Count);
        reached.Sort();
        return [.. reached];
    }

    private void Spend(long steps)
    {
        work += steps;
        if (work > maxWork)
        {
            throw new AutomatonTooComplexException();
        }
    }
}
