namespace TextMiner.Classification.Features;

/// <summary>Reusable buffers for featurising one text at a time on one thread (nothing here is shared).</summary>
internal sealed class FeatureScratch
{
    public List<char> Buffer { get; } = new(1024);

    public List<(int Start, int Length)> Tokens { get; } = new(256);

    public List<ulong> TokenHashes { get; } = new(256);

    public HashSet<int> Groups { get; } = [];

    /// <summary>Term hash → (count in this text, block).</summary>
    public Dictionary<ulong, (int Count, FeatureBlock Block)> Counts { get; } = new(512);

    public List<(int Start, int Length)> Sentences { get; } = new(32);

    public List<int> Indices { get; } = new(512);

    public List<float> Values { get; } = new(512);
}
