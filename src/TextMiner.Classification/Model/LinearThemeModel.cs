using System.Text;
using TextMiner.Classification.Features;
using TextMiner.Core.Records;

namespace TextMiner.Classification.Model;

/// <summary>
/// The compiled theme model: the feature space, one linear scorer per label and its calibration. Scoring a text is one
/// pass over its terms and one sparse dot product per label, with weights stored term-major so the labels of a term
/// sit side by side in memory. Thread-safe (all state is read-only; buffers are per call).
/// </summary>
internal sealed class LinearThemeModel
{
    private const string Magic = "TextMiner.ThemeModel.v3";

    private readonly FeatureSpace _features;
    private readonly float[] _weights;
    private readonly float[] _bias;
    private readonly PlattScaling[] _calibration;

    public LinearThemeModel(FeatureSpace features, float[] weights, float[] bias, PlattScaling[] calibration)
    {
        if (weights.Length != features.Count * Themes.All.Count || bias.Length != Themes.All.Count
            || calibration.Length != Themes.All.Count)
        {
            throw new ArgumentException("Weights, biases and calibrations must cover every feature and label.");
        }

        (_features, _weights, _bias, _calibration) = (features, weights, bias, calibration);
    }

    public FeatureOptions FeatureOptions => _features.Options;

    public int FeatureCount => _features.Count;

    /// <summary>Every label's calibrated probability for each text, in <see cref="Themes.All"/> order.</summary>
    public float[][] Probabilities(IReadOnlyList<string> texts)
    {
        var labels = Themes.All.Count;
        var scratch = new FeatureScratch();
        var result = new float[texts.Count][];
        for (var t = 0; t < texts.Count; t++)
        {
            var scores = new float[labels];
            if (!string.IsNullOrWhiteSpace(texts[t]))
            {
                _features.Transform(texts[t], scratch);
                _bias.CopyTo(scores, 0);
                for (var f = 0; f < scratch.Indices.Count; f++)
                {
                    var value = scratch.Values[f];
                    var row = _weights.AsSpan(scratch.Indices[f] * labels, labels);
                    for (var label = 0; label < labels; label++)
                    {
                        scores[label] += value * row[label];
                    }
                }

                for (var label = 0; label < labels; label++)
                {
                    scores[label] = _calibration[label].Probability(scores[label]);
                }
            }

            result[t] = scores;
        }

        return result;
    }

    public void Write(Stream stream)
    {
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(Themes.All.Count);
        foreach (var label in Themes.All)
        {
            writer.Write(label);
        }

        _features.Write(writer);
        foreach (var w in _weights)
        {
            writer.Write(w);
        }

        for (var label = 0; label < _bias.Length; label++)
        {
            writer.Write(_bias[label]);
            writer.Write(_calibration[label].Slope);
            writer.Write(_calibration[label].Intercept);
        }
    }

    public static LinearThemeModel Read(Stream stream)
    {
        try
        {
            using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
            if (reader.ReadString() != Magic)
            {
                throw new InvalidDataException("Not a TextMiner theme model file.");
            }

            var labels = reader.ReadInt32();
            if (labels != Themes.All.Count || !Enumerable.Range(0, labels).Select(_ => reader.ReadString()).SequenceEqual(Themes.All))
            {
                throw new InvalidDataException(ThemeClassifier.LabelMismatchMessage + ".");
            }

            var features = FeatureSpace.Read(reader);
            var weights = new float[features.Count * labels];
            for (var i = 0; i < weights.Length; i++)
            {
                weights[i] = reader.ReadSingle();
            }

            var (bias, calibration) = (new float[labels], new PlattScaling[labels]);
            for (var label = 0; label < labels; label++)
            {
                bias[label] = reader.ReadSingle();
                calibration[label] = new PlattScaling(reader.ReadDouble(), reader.ReadDouble());
            }

            return new LinearThemeModel(features, weights, bias, calibration);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("The theme model file is truncated.", e);
        }
    }
}
