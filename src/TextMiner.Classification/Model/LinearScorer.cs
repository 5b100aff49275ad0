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

    public void Score(ReadOnlySpan<char> text, FeatureScratch scratch, Span<float> scores)
    {
        ScoreSpan(text, scratch, scores);
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
        for (var s = 0; s < scratch.Sentences.Count; s++)
        {
            var (start, length) = scratch.Sentences[s];
            ScoreSpan(text.Slice(start, length), scratch, sentence);
            for (var label = 0; label < Labels; label++)
            {
                scores[label] = Math.Max(scores[label], sentence[label]);
            }
        }
    }

    private void ScoreSpan(ReadOnlySpan<char> text, FeatureScratch scratch, Span<float> scores)
    {
        Space.Transform(text, scratch);
        _bias.CopyTo(scores);
        for (var f = 0; f < scratch.Indices.Count; f++)
        {
            var value = scratch.Values[f];
            var row = _weights.AsSpan(scratch.Indices[f] * Labels, Labels);
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
