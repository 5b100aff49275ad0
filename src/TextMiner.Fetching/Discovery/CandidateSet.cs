using TextMiner.Core.Records;

namespace TextMiner.Fetching.Discovery;

/// <summary>Candidates kept once each, in first-seen order; a later sighting fills in hints the first lacked.</summary>
internal sealed class CandidateSet
{
    private readonly List<DocumentCandidate> ordered = [];
    private readonly Dictionary<string, int> index = new(StringComparer.Ordinal);

    public IReadOnlyList<DocumentCandidate> Items => ordered;

    /// <summary>True when the candidate is new.</summary>
    public bool Add(DocumentCandidate candidate)
    {
        if (!index.TryGetValue(candidate.Key, out var at))
        {
            index[candidate.Key] = ordered.Count;
            ordered.Add(candidate);
            return true;
        }

        var known = ordered[at];
        ordered[at] = known with
        {
            Hints = new PageHints(known.Hints.Title ?? candidate.Hints.Title, known.Hints.Published ?? candidate.Hints.Published, known.Hints.Kind),
            Modified = known.Modified ?? candidate.Modified,
        };
        return false;
    }

    public bool Contains(DocumentCandidate candidate) => index.ContainsKey(candidate.Key);

    public bool Contains(string key) => index.ContainsKey(key);
}
