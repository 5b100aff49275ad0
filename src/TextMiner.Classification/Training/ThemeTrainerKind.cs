namespace TextMiner.Classification.Training;

/// <summary>The binary learners compared for the one-per-label models; both give calibrated probabilities.</summary>
public enum ThemeTrainerKind
{
    SdcaLogisticRegression,
    LbfgsLogisticRegression,
}
