using System.Text;
using TextMiner.Classification.Features;
using TextMiner.Core.Records;

namespace TextMiner.Classification.Model;

/// <summary>
/// The compiled theme model: a <see cref="LinearScorer"/> and each label's calibration, so a score is a probability.
/// Thread-safe (all state is read-only; buffers are per thread).
/// </summary>
internal sealed class LinearThemeModel
{
    private const string Magic = "TextMiner.ThemeModel.v4";

    private readonly LinearScorer _scorer;
    private readonly IReadOnlyList<PlattScaling> _calibration;

    /// <summary>
    /// The last finished call's buffers on this thread. A new <see cref="FeatureScratch"/> per call allocated a count
    /// array as long as the vocabulary (on the large-object heap) and its lists for every document an ingest
    /// classified: reusing them cut the bytes an ingest of the benchmark corpus allocated by a sixth (docs/performance.md,
    /// "Sixth pass"). Taken while in use, so a call that throws never hands on half-reset counts.
    /// </summary>
    [ThreadStatic]
    private static FeatureScratch? _threadScratch;

    public LinearThemeModel(LinearScorer scorer, IReadOnlyList<PlattScaling> calibration)
    {
        if (calibration.Count != Themes.All.Count)
        {
            throw new ArgumentException("Every label needs a calibration.", nameof(calibration));
        }

        (_scorer, _calibration) = (scorer, calibration);
    }

    public FeatureOptions FeatureOptions => _scorer.Space.Options;

    /// <summary>Every label's calibrated probability for each text, in <see cref="Themes.All"/> order (blank: zeros).</summary>
    public float[][] Probabilities(IReadOnlyList<string> texts)
    {
        var scratch = _threadScratch ?? new FeatureScratch();
        _threadScratch = null;
        var result = new float[texts.Count][];
        for (var t = 0; t < texts.Count; t++)
        {
            var scores = new float[Themes.All.Count];
            if (!string.IsNullOrWhiteSpace(texts[t]))
            {
                _scorer.Score(texts[t], scratch, scores);
                for (var label = 0; label < scores.Length; label++)
                {
                    scores[label] = _calibration[label].Probability(scores[label]);
                }
            }

            result[t] = scores;
        }

        _threadScratch = scratch;
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

        _scorer.Write(writer);
        foreach (var c in _calibration)
        {
            writer.Write(c.Slope);
            writer.Write(c.Intercept);
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

            var scorer = LinearScorer.Read(reader);
            var calibration = Enumerable.Range(0, labels).Select(_ => new PlattScaling(reader.ReadDouble(), reader.ReadDouble())).ToArray();
            return new LinearThemeModel(scorer, calibration);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("The theme model file is truncated.", e);
        }
    }
}
