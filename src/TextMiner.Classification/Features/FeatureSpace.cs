using System.Runtime.InteropServices;

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
            scratch.Distinct.Clear();
            foreach (var hit in scratch.Hits)
            {
                if (scratch.Distinct.Add(hit.Term))
                {
                    ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(frequency, hit.Term, out _);
                    entry = (entry.Df + 1, hit.Block);
                }
            }
        }

        var kept = frequency
            .Where(f => f.Value.Df >= (IsPhraseGroup(f.Value.Block) ? 1 : options.MinDocumentFrequency))
            .OrderByDescending(f => f.Value.Df).ThenBy(f => f.Key)
            .Take(options.MaxFeatures)
            .ToArray();
        var idf = kept.Select(f => (float)(Math.Log((1.0 + texts.Count) / (1.0 + f.Value.Df)) + 1.0)).ToArray();
        return new FeatureSpace(options, [.. kept.Select(f => f.Key)], [.. kept.Select(f => f.Value.Block)], idf);
    }

    /// <summary>The text's vector: <see cref="Prepare"/>, then <see cref="Vector"/> over all its tokens.</summary>
    public void Transform(ReadOnlySpan<char> text, FeatureScratch scratch)
    {
        Prepare(text, scratch);
        Vector(scratch, 0, scratch.Tokens.Count);
    }

    /// <summary>Finds the text's terms once and looks each up, so the whole and any of its sentences can be vectorised.</summary>
    public void Prepare(ReadOnlySpan<char> text, FeatureScratch scratch)
    {
        _extractor.Extract(text, scratch);
        scratch.HitFeatures.Clear();
        foreach (var hit in scratch.Hits)
        {
            scratch.HitFeatures.Add(_index.TryGetValue(hit.Term, out var index) ? index : -1);
        }
    }

    /// <summary>The tokens [first, end) of the prepared text as a sparse tf-idf vector in <see cref="FeatureScratch.Indices"/>
    /// and <see cref="FeatureScratch.Values"/> (unsorted): only terms lying wholly inside count; each block is
    /// L2-normalised, then the whole vector.</summary>
    public void Vector(FeatureScratch scratch, int first, int end)
    {
        var counts = scratch.Counts(_terms.Length);
        var touched = scratch.Touched;
        touched.Clear();
        var hits = CollectionsMarshal.AsSpan(scratch.Hits);
        var features = CollectionsMarshal.AsSpan(scratch.HitFeatures);
        // Hits are in order of first token: start at the span's first and stop at its end.
        var (low, high) = (0, hits.Length);
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            (low, high) = hits[middle].First < first ? (middle + 1, high) : (low, middle);
        }

        for (var h = low; h < hits.Length && hits[h].First < end; h++)
        {
            var feature = features[h];
            if (feature >= 0 && hits[h].Last < end && counts[feature]++ == 0)
            {
                touched.Add(feature);
            }
        }

        scratch.Indices.Clear();
        scratch.Values.Clear();
        Span<double> norms = stackalloc double[4];
        foreach (var index in touched)
        {
            var count = counts[index];
            counts[index] = 0;
            var block = _blocks[index];
            var tf = IsPhraseGroup(block) ? 1f : Options.SublinearTf ? 1f + MathF.Log(count) : count;
            var value = tf * _idf[index];
            scratch.Indices.Add(index);
            scratch.Values.Add(value);
            norms[(int)block] += value * value;
        }

        // Each block gets length 1 (the lexicon block its weight); then the whole vector is scaled to length 1.
        var squaredLength = 0.0;
        for (var b = 0; b < norms.Length; b++)
        {
            var weight = IsPhraseGroup((FeatureBlock)b) ? Options.LexiconWeight : 1.0;
            squaredLength += norms[b] > 0 ? weight * weight : 0;
            norms[b] = norms[b] > 0 ? weight / Math.Sqrt(norms[b]) : 0;
        }

        var overall = squaredLength == 0 ? 0 : 1 / Math.Sqrt(squaredLength);
        var values = CollectionsMarshal.AsSpan(scratch.Values);
        var indices = CollectionsMarshal.AsSpan(scratch.Indices);
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = (float)(values[i] * norms[(int)_blocks[indices[i]]] * overall);
        }
    }

    /// <summary>The tokens of the prepared text that start within [start, start + length) of it, as [first, end).</summary>
    public static (int First, int End) TokenRange(FeatureScratch scratch, int start, int length)
    {
        var sources = CollectionsMarshal.AsSpan(scratch.TokenSources);
        var first = LowerBound(sources, start);
        return (first, LowerBound(sources, start + length));
    }

    private static int LowerBound(ReadOnlySpan<int> sorted, int value)
    {
        var index = sorted.BinarySearch(value);
        return index >= 0 ? index : ~index;
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
        writer.Write(Options.LexiconWeight);
        writer.Write(Options.ThemeLexicon);
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
            LexiconWeight = reader.ReadDouble(), ThemeLexicon = reader.ReadBoolean(),
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

    /// <summary>A block of phrase groups (lexicon or theme phrases): present or not, no document-frequency floor, weighed as the lexicon.</summary>
    private static bool IsPhraseGroup(FeatureBlock block) => block is FeatureBlock.Lexicon or FeatureBlock.ThemePhrases;
}
