namespace TextMiner.Extraction.Figures;

/// <summary>
/// The trigger stems of the figure rules, found in one pass over a paragraph: each word start is looked up by its
/// first letter among the stems, so deciding which rules can apply near a number costs no regex.
/// </summary>
internal sealed class TriggerWords
{
    private readonly IReadOnlyList<string> _stems;
    private readonly Dictionary<char, int[]> _byFirstLetter;

    /// <param name="groups">Each rule's trigger groups ("need|requir"), in rule order.</param>
    public TriggerWords(IEnumerable<IReadOnlyList<string>> groups, out int[][][] compiled)
    {
        var ids = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var stems = new List<string>();
        compiled = groups.Select(rule => rule.Select(group => group.Split('|').Select(stem =>
        {
            if (!ids.TryGetValue(stem, out var id))
            {
                id = stems.Count;
                ids[stem] = id;
                stems.Add(stem.ToLowerInvariant());
            }

            return id;
        }).ToArray()).ToArray()).ToArray();
        _stems = stems;
        _byFirstLetter = stems.Select((stem, id) => (stem, id)).GroupBy(s => s.stem[0]).ToDictionary(g => g.Key, g => g.Select(s => s.id).ToArray());
    }

    public int Count => _stems.Count;

    /// <summary>Every (position, stem) where a word of <paramref name="text"/> starts with a stem, in text order.</summary>
    public List<(int Position, int Stem)> Find(string text)
    {
        var hits = new List<(int, int)>();
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsLetter(text[i]) || (i > 0 && char.IsLetterOrDigit(text[i - 1])))
            {
                continue;
            }

            if (_byFirstLetter.TryGetValue(char.ToLowerInvariant(text[i]), out var candidates))
            {
                var rest = text.AsSpan(i);
                foreach (var id in candidates)
                {
                    if (rest.StartsWith(_stems[id], StringComparison.OrdinalIgnoreCase))
                    {
                        hits.Add((i, id));
                    }
                }
            }
        }

        return hits;
    }

    /// <summary>Marks in <paramref name="seen"/> the stems of the hits that start inside [from, to).</summary>
    public static void Mark(List<(int Position, int Stem)> hits, int from, int to, Span<ulong> seen)
    {
        seen.Clear();
        var i = LowerBound(hits, from);
        for (; i < hits.Count && hits[i].Position < to; i++)
        {
            seen[hits[i].Stem >> 6] |= 1UL << (hits[i].Stem & 63);
        }
    }

    /// <summary>True when every group has one of its stems in <paramref name="seen"/>.</summary>
    public static bool AllGroupsSeen(int[][] groups, ReadOnlySpan<ulong> seen)
    {
        foreach (var group in groups)
        {
            var any = false;
            foreach (var id in group)
            {
                if ((seen[id >> 6] & (1UL << (id & 63))) != 0)
                {
                    any = true;
                    break;
                }
            }

            if (!any)
            {
                return false;
            }
        }

        return true;
    }

    private static int LowerBound(List<(int Position, int Stem)> hits, int position)
    {
        int lo = 0, hi = hits.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >> 1;
            if (hits[mid].Position < position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
