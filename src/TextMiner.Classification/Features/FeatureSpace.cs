namespace TextMiner.Classification.Features;

/// <summary>
/// The vocabulary learnt from training text (term hash → index, its block and inverse document frequency) and the
/// transform of any text into a sparse tf-idf vector: each block L2-normalised, then the whole vector.
/// </summary>
internal sealed class FeatureSpace
{
    private readonly Dictionary<ulong, int> _index;
    private readonly ulong[] _terms;
    private readonly FeatureBlock[] _blocks;
    private readonly float[] _idf;
    private readonly TermExtractor _extractor;

    private FeatureSpace(FeatureOptions options, ulong[] terms, FeatureBlock[] blocks, float[] idf)
    {
        Options = options;
        _terms = terms;
        _blocks = blocks;
        _idf = idf;
        _extractor = new TermExtractor(options);
        _index = new Dictionary<ulong, int>(terms.Length);
        for (var i = 0; i < terms.Length; i++)
        {
            _index[terms[i]] = i;
        }
    }

    public FeatureOptions Options { get; }

    public int Count => _terms.Length;

    /// <summary>Keeps terms in at least <see cref="FeatureOptions.MinDocumentFrequency"/> texts (lexicon groups: one),
    /// the most frequent first; idf is scikit-learn's smoothed ln((1 + n) / (1 + df)) + 1.</summary>
    public static FeatureSpace Fit(IReadOnlyList<string> texts, FeatureOptions options)
    {
        options.Validate();
        var extractor = new TermExtractor(options);
        var scratch = new FeatureScratch();
        var frequency = new Dictionary<ulong, (int Df, FeatureBlock Block)>();
        foreach (var text in texts)
        {
            extractor.Extract(text, scratch);
            foreach (var (term, (_, block)) in scratch.Counts)
            {
                frequency[term] = (frequency.GetValueOrDefault(term).Df + 1, block);
            }
        }

        var kept = frequency
            .Where(f => f.Value.Df >= (f.Value.Block == FeatureBlock.Lexicon ? 1 : options.MinDocumentFrequency))
            .OrderByDescending(f => f.Value.Df).ThenBy(f => f.Key)
            .Take(options.MaxFeatures)
            .ToArray();
        var idf = kept.Select(f => (float)(Math.Log((1.0 + texts.Count) / (1.0 + f.Value.Df)) + 1.0)).ToArray();
        return new FeatureSpace(options, [.. kept.Select(f => f.Key)], [.. kept.Select(f => f.Value.Block)], idf);
    }

    /// <summary>Fills <see cref="FeatureScratch.Indices"/> and <see cref="FeatureScratch.Values"/> (unsorted).</summary>
    public void Transform(ReadOnlySpan<char> text, FeatureScratch scratch)
    {
        _extractor.Extract(text, scratch);
        scratch.Indices.Clear();
        scratch.Values.Clear();
        Span<double> norms = stackalloc double[3];
        foreach (var (term, (count, block)) in scratch.Counts)
        {
            if (!_index.TryGetValue(term, out var index))
            {
                continue;
            }

            var tf = block == FeatureBlock.Lexicon ? 1f : Options.SublinearTf ? 1f + MathF.Log(count) : count;
            var value = tf * _idf[index];
            scratch.Indices.Add(index);
            scratch.Values.Add(value);
            norms[(int)block] += value * value;
        }

        var blocksUsed = 0;
        for (var b = 0; b < norms.Length; b++)
        {
            blocksUsed += norms[b] > 0 ? 1 : 0;
            norms[b] = norms[b] > 0 ? 1 / Math.Sqrt(norms[b]) : 0;
        }

        // Each block now has length 1; dividing by sqrt(blocks) gives the whole vector length 1.
        var overall = blocksUsed == 0 ? 0 : 1 / Math.Sqrt(blocksUsed);
        for (var i = 0; i < scratch.Indices.Count; i++)
        {
            scratch.Values[i] = (float)(scratch.Values[i] * norms[(int)_blocks[scratch.Indices[i]]] * overall);
        }
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(Options.WordNgramLength);
        writer.Write(Options.CharNgramLengths.Count);
        foreach (var n in Options.CharNgramLengths)
        {
            writer.Write(n);
        }

        writer.Write(Options.Lexicon);
        writer.Write(Options.SublinearTf);
        writer.Write(_terms.Length);
        for (var i = 0; i < _terms.Length; i++)
        {
            writer.Write(_terms[i]);
            writer.Write((byte)_blocks[i]);
            writer.Write(_idf[i]);
        }
    }

    public static FeatureSpace Read(BinaryReader reader)
    {
        var wordNgrams = reader.ReadInt32();
        var charLengths = new int[Bounded(reader.ReadInt32(), 8)];
        for (var i = 0; i < charLengths.Length; i++)
        {
            charLengths[i] = reader.ReadInt32();
        }

        var options = new FeatureOptions
        {
            WordNgramLength = wordNgrams, CharNgramLengths = charLengths, Lexicon = reader.ReadBoolean(), SublinearTf = reader.ReadBoolean(),
        };
        options.Validate();
        var count = Bounded(reader.ReadInt32(), 10_000_000);
        var (terms, blocks, idf) = (new ulong[count], new FeatureBlock[count], new float[count]);
        for (var i = 0; i < count; i++)
        {
            terms[i] = reader.ReadUInt64();
            blocks[i] = (FeatureBlock)reader.ReadByte();
            idf[i] = reader.ReadSingle();
            if (!Enum.IsDefined(blocks[i]))
            {
                throw new InvalidDataException($"Feature {i} has an unknown block {(byte)blocks[i]}.");
            }
        }

        return new FeatureSpace(options, terms, blocks, idf);
    }

    private static int Bounded(int value, int max) =>
        value >= 0 && value <= max ? value : throw new InvalidDataException($"A count of {value} in the model file is out of range.");
}
