using Microsoft.ML;
using Microsoft.ML.Trainers;

namespace TextMiner.Classification.Training;

/// <summary>One calibrated binary learner per theme. Single-threaded so that a seed gives the same model every time.</summary>
internal static class BinaryLearners
{
    public static IEstimator<ITransformer> Create(MLContext ml, ThemeTrainerKind kind, string labelColumn) => kind switch
    {
        ThemeTrainerKind.SdcaLogisticRegression => ml.BinaryClassification.Trainers.SdcaLogisticRegression(
            new SdcaLogisticRegressionBinaryTrainer.Options
            {
                LabelColumnName = labelColumn,
                FeatureColumnName = ThemeFeaturizer.FeaturesColumn,
                NumberOfThreads = 1,
                MaximumNumberOfIterations = 30,
                L2Regularization = 1e-4f,
            }),
        ThemeTrainerKind.LbfgsLogisticRegression => ml.BinaryClassification.Trainers.LbfgsLogisticRegression(
            new LbfgsLogisticRegressionBinaryTrainer.Options
            {
                LabelColumnName = labelColumn,
                FeatureColumnName = ThemeFeaturizer.FeaturesColumn,
                NumberOfThreads = 1,
                L2Regularization = 1e-3f,
                L1Regularization = 0f,
            }),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown trainer."),
    };
}
