using TextMiner.Classification.Features;

namespace TextMiner.Classification.Training;

/// <summary>How the theme model is trained. The defaults are what <c>textminer train</c> uses (the winner of
/// <c>textminer evaluate classification --compare</c>).</summary>
public sealed record ThemeTrainingOptions
{
    public const int DefaultSeed = 20190522;

    /// <summary>The MLContext seed and fold assignment; the same seed and data give the same model.</summary>
    public int Seed { get; init; } = DefaultSeed;

    public ThemeTrainerKind Trainer { get; init; } = ThemeTrainerKind.DualLogisticRegression;

    public FeatureOptions Features { get; init; } = new() { CharNgramLengths = [4], ThemeLexicon = true };

    /// <summary>Score a paragraph by the stronger of the whole and its best sentence (see <see cref="Model.LinearScorer"/>).</summary>
    public bool SentenceEvidence { get; init; } = true;

    /// <summary>Cross-fitting folds: calibration and thresholds are fitted on out-of-fold scores.</summary>
    public int Folds { get; init; } = 5;

    /// <summary>How many times a realistic (real-phrasing) paragraph counts in training, against one for the rest.</summary>
    public int RealisticWeight { get; init; } = 2;

    /// <summary>Above 0, the dual learner sees each feature scaled per label by |naive Bayes log-count ratio|^this
    /// (NB-LR, after Wang and Manning's NBSVM): features whose presence differs between a label's positives and negatives
    /// cost less to use. 0 turns it off.</summary>
    public double NaiveBayesPower { get; init; }

    /// <summary>With sentence evidence and the dual learner: each sentence of a training paragraph (of two sentences or
    /// more) is also a training row, counting this much of its paragraph's weight, as a negative for every label its
    /// paragraph lacks (a sentence of a paragraph without the theme is without it too) and left out for the labels its
    /// paragraph has (which sentence carries them is unknown). Prediction takes the best sentence, so it should learn
    /// what a lone sentence that is not about a theme looks like. 0 turns it off.</summary>
    public double NegativeSentenceWeight { get; init; }

    /// <summary>A label with at least this many realistic dev positives is calibrated and thresholded on realistic dev
    /// alone (real phrasing scores differently from the corpus's shorter paragraphs); rarer labels on all of dev.</summary>
    public int RealisticTuningMinPositives { get; init; } = 10;

    /// <summary>A label's threshold is chosen on F1 averaged over this many 0.01 steps either side (0: unsmoothed), so a
    /// spike made by a few rare positives does not set it; cross-validated on realistic dev, 6 steps beat 0, 3 and 10.</summary>
    public int ThresholdSmoothing { get; init; } = 6;

    /// <summary>Longer texts are cut (at a word boundary) before classification; see <see cref="TextPreparation"/>.</summary>
    public int MaxTextLength { get; init; } = 12_000;

    /// <summary>The dual learner's C: the weight of the loss against the L2 penalty (scikit-learn's and liblinear's C).</summary>
    public double DualC { get; init; } = 128;

    /// <summary>A positive row's C is multiplied by (negatives / positives) to this power: 0 weighs every row alike,
    /// 1 balances the classes; between, rare labels count for more without swamping precision.</summary>
    public double ClassWeightPower { get; init; }

    /// <summary>The dual learner stops when no step's projected gradient exceeds this (liblinear's default is 0.1).</summary>
    public double DualTolerance { get; init; } = 0.1;

    /// <summary>At most this many passes over the rows (full or over the rows still violating the tolerance).</summary>
    public int DualMaxPasses { get; init; } = 300;

    /// <summary>A fold's model, warm-started from the full model without the held-out rows, gets at most this many
    /// passes (it starts near its optimum; the held-out rows' own contribution is gone from the start).</summary>
    public int FoldMaxPasses { get; init; } = 300;

    public float SdcaL2 { get; init; } = 1e-4f;

    public int SdcaIterations { get; init; } = 20;

    public float LbfgsL2 { get; init; } = 1e-2f;

    /// <summary>L-BFGS stops when the loss improves by less than this, relatively (ML.NET's default is 1e-7; scikit-learn's tol is 1e-4).</summary>
    public float LbfgsTolerance { get; init; } = 1e-4f;

    /// <summary>Labels fitted side by side (each learner itself is single-threaded, so results do not depend on it).</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    public float SvmLambda { get; init; } = 1e-3f;

    public int OnlineIterations { get; init; } = 10;

    /// <summary>The featuriser and scoring, for tables and the sidecar.</summary>
    public string DescribeFeatures() => Features.Describe() + (SentenceEvidence ? ", best sentence" : "")
        + (UsesNegativeSentences ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $", negative sentences ×{NegativeSentenceWeight:0.##}") : "");

    /// <summary>Negative sentence rows apply to the dual learner scoring best sentences.</summary>
    public bool UsesNegativeSentences => NegativeSentenceWeight > 0 && SentenceEvidence && Trainer == ThemeTrainerKind.DualLogisticRegression;

    public void Validate()
    {
        Features.Validate();
        ArgumentOutOfRangeException.ThrowIfLessThan(Folds, 2, nameof(Folds));
        ArgumentOutOfRangeException.ThrowIfLessThan(Parallelism, 1, nameof(Parallelism));
        ArgumentOutOfRangeException.ThrowIfLessThan(RealisticWeight, 1, nameof(RealisticWeight));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxTextLength, 100, nameof(MaxTextLength));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(DualC, nameof(DualC));
        ArgumentOutOfRangeException.ThrowIfNegative(ClassWeightPower, nameof(ClassWeightPower));
        ArgumentOutOfRangeException.ThrowIfNegative(NegativeSentenceWeight, nameof(NegativeSentenceWeight));
        ArgumentOutOfRangeException.ThrowIfNegative(NaiveBayesPower, nameof(NaiveBayesPower));
        ArgumentOutOfRangeException.ThrowIfNegative(ThresholdSmoothing, nameof(ThresholdSmoothing));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(DualTolerance, nameof(DualTolerance));
        ArgumentOutOfRangeException.ThrowIfLessThan(DualMaxPasses, 1, nameof(DualMaxPasses));
        ArgumentOutOfRangeException.ThrowIfLessThan(FoldMaxPasses, 1, nameof(FoldMaxPasses));
    }
}
