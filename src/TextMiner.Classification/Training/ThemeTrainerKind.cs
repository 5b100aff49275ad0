namespace TextMiner.Classification.Training;

/// <summary>The linear binary learners compared for the one-vs-rest models (each scored through its weights): the
/// project's own dual coordinate descent logistic regression, and ML.NET's.</summary>
public enum ThemeTrainerKind
{
    DualLogisticRegression,
    SdcaLogisticRegression,
    LbfgsLogisticRegression,
    LinearSvm,
    AveragedPerceptron,
}
