namespace TextMiner.Search.Querying.Automata;

/// <summary>Compares sorted arrays of NFA states by content.</summary>
internal sealed class StateSetComparer : IEqualityComparer<int[]>
{
    public static readonly StateSetComparer Instance = new();

    public bool Equals(int[]? x, int[]? y) => x is not null && y is not null && x.AsSpan().SequenceEqual(y);

    public int GetHashCode(int[] obj)
    {
        var hash = default(HashCode);
        foreach (var state in obj)
        {
            hash.Add(state);
        }

        return hash.ToHashCode();
    }
}
