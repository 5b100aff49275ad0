namespace TextMiner.Classification.Training;

/// <summary>The ML.NET linear binary learners compared for the one-vs-rest models (each scored through its weights).</summary>
public enum ThemeTrainerKind
{
    SdcaLogisticRegression,
    LbfgsLogisticRegression,
    LinearSvm,
    AveragedPerceptron,
}
