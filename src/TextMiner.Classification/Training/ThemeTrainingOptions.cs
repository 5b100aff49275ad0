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

    public void Validate()
    {
        if (Trainers.Count == 0)
        {
            throw new ArgumentException("At least one trainer is needed.", nameof(Trainers));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(MaxTextLength, 100, nameof(MaxTextLength));
    }
}
