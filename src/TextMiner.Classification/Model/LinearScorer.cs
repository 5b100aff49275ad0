using System.Runtime.InteropServices;
using TextMiner.Classification.Features;
using TextMiner.Core.Records;

namespace TextMiner.Classification.Model;

/// <summary>
/// Raw per-label scores of a text: one pass over its terms and one sparse dot product per label, with the weights
/// stored term-major so the labels of a term sit side by side in memory. With sentence evidence, a paragraph's score
/// for a label is the higher of the whole paragraph's and its strongest sentence's, so a long paragraph that turns to a
/// theme in one sentence is not diluted by the rest. Read-only, so thread-safe; buffers come from the caller.
/// </summary>
internal sealed class LinearScorer
{
    private static readonly int Labels = Themes.All.Count;

    private readonly float[] _weights;
    private readonly float[] _bias;

    public LinearScorer(FeatureSpace space, float[] weights, float[] bias, bool sentenceEvidence)
    {
        if (weights.Length != space.Count * Labels || bias.Length != Labels)
        {
            throw new ArgumentException("Weights and biases must cover every feature and label.");
        }

        (Space, _weights, _bias, SentenceEvidence) = (space, weights, bias, sentenceEvidence);
    }

    public FeatureSpace Space { get; }

    public bool SentenceEvidence { get; }

    /// <summary>The text is featurised once; the whole and each sentence are counted from the same term hits.</summary>
    public void Score(ReadOnlySpan<char> text, FeatureScratch scratch, Span<float> scores)
    {
        Space.Prepare(text, scratch);
        Space.Vector(scratch, 0, scratch.Tokens.Count);
        Dot(scratch, scores);
        if (!SentenceEvidence)
        {
            return;
        }

        Sentences.Split(text, scratch.Sentences);
        if (scratch.Sentences.Count < 2)
        {
            return;
        }

        Span<float> sentence = stackalloc float[Labels];
        foreach (var (start, length) in scratch.Sentences)
        {
            var (first, end) = FeatureSpace.TokenRange(scratch, start, length);
            Space.Vector(scratch, first, end);
            Dot(scratch, sentence);
            for (var label = 0; label < Labels; label++)
            {
                scores[label] = Math.Max(scores[label], sentence[label]);
            }
        }
    }

    private void Dot(FeatureScratch scratch, Span<float> scores)
    {
        _bias.CopyTo(scores);
        var indices = CollectionsMarshal.AsSpan(scratch.Indices);
        var values = CollectionsMarshal.AsSpan(scratch.Values);
        for (var f = 0; f < indices.Length; f++)
        {
            var value = values[f];
            var row = _weights.AsSpan(indices[f] * Labels, Labels);
            for (var label = 0; label < Labels; label++)
            {
                scores[label] += value * row[label];
            }
        }
    }

    public void Write(BinaryWriter writer)
    {
        Space.Write(writer);
        writer.Write(SentenceEvidence);
        foreach (var w in _weights)
        {
            writer.Write(w);
        }

        foreach (var b in _bias)
        {
            writer.Write(b);
        }
    }

    public static LinearScorer Read(BinaryReader reader)
    {
        var space = FeatureSpace.Read(reader);
        var sentenceEvidence = reader.ReadBoolean();
        var weights = new float[space.Count * Labels];
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = reader.ReadSingle();
        }

        var bias = new float[Labels];
        for (var label = 0; label < Labels; label++)
        {
            bias[label] = reader.ReadSingle();
        }

        return new LinearScorer(space, weights, bias, sentenceEvidence);
    }
}
