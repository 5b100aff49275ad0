namespace TextMiner.Classification.Training;

/// <summary>How the theme model is trained. The defaults are what <c>textminer train</c> uses.</summary>
public sealed record ThemeTrainingOptions
{
    public const int DefaultSeed = 20190522;

    /// <summary>The MLContext seed; with single-threaded learners the same seed and data give the same model.</summary>
    public int Seed { get; init; } = DefaultSeed;

    /// <summary>The learners to compare; the one with the best dev macro-F1 is kept.</summary>
    public IReadOnlyList<ThemeTrainerKind> Trainers { get; init; } =
        [ThemeTrainerKind.SdcaLogisticRegression, ThemeTrainerKind.LbfgsLogisticRegression];

    /// <summary>Longer texts are cut (at a word boundary) before classification; see <see cref="TextPreparation"/>.</summary>
    public int MaxTextLength { get; init; } = 12_000;

    /// <summary>Word n-grams of length 1..this.</summary>
    public int WordNgramLength { get; init; } = 2;

    /// <summary>Character n-gram lengths, each its own block of features.</summary>
    public IReadOnlyList<int> CharNgramLengths { get; init; } = [3, 4, 5];

    /// <summary>The most frequent word n-grams kept (bounds model size and training time).</summary>
    public int MaxWordNgrams { get; init; } = 100_000;

    /// <summary>The most frequent character n-grams kept per length.</summary>
    public int MaxCharNgramsPerLength { get; init; } = 20_000;

    /// <summary>L2 regularisation of the SDCA logistic regression.</summary>
    public float SdcaL2 { get; init; } = 1e-4f;

    /// <summary>Passes over the data for SDCA (it stops earlier when converged).</summary>
    public int SdcaIterations { get; init; } = 30;

    /// <summary>L2 regularisation of the L-BFGS logistic regression.</summary>
    public float LbfgsL2 { get; init; } = 1e-3f;

    public void Validate()
    {
        if (Trainers.Count == 0)
        {
            throw new ArgumentException("At least one trainer is needed.", nameof(Trainers));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(MaxTextLength, 100, nameof(MaxTextLength));
    }
}
