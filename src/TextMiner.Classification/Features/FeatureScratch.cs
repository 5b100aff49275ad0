namespace TextMiner.Classification.Features;

/// <summary>Reusable buffers for featurising one text at a time on one thread (nothing here is shared).</summary>
internal sealed class FeatureScratch
{
    private int[] _counts = [];

    public List<char> Buffer { get; } = new(1024);

    public List<(int Start, int Length)> Tokens { get; } = new(256);

    /// <summary>Where each token starts in the text.</summary>
    public List<int> TokenSources { get; } = new(256);

    public List<ulong> TokenHashes { get; } = new(256);

    public List<(int Group, int Words)> Phrases { get; } = new(8);

    /// <summary>Every term occurrence, in order of first token.</summary>
    public List<TermHit> Hits { get; } = new(2048);

    /// <summary>Per hit, its feature index (-1: not in the vocabulary).</summary>
    public List<int> HitFeatures { get; } = new(2048);

    public HashSet<ulong> Distinct { get; } = new(1024);

    /// <summary>Features counted in the current span, so their counts can be read and reset.</summary>
    public List<int> Touched { get; } = new(512);

    public List<(int Start, int Length)> Sentences { get; } = new(32);

    public List<int> Indices { get; } = new(512);

    public List<float> Values { get; } = new(512);

    /// <summary>A count per feature, all zero between uses.</summary>
    public int[] Counts(int features)
    {
        if (_counts.Length < features)
        {
            _counts = new int[features];
        }

        return _counts;
    }
}
