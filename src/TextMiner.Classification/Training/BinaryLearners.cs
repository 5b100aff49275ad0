using Microsoft.ML;
using Microsoft.ML.Trainers;

namespace TextMiner.Classification.Training;

/// <summary>One calibrated binary learner per theme. Single-threaded so that a seed gives the same model every time.</summary>
internal static class BinaryLearners
{
    public static IEstimator<ITransformer> Create(MLContext ml, ThemeTrainingOptions options, ThemeTrainerKind kind, string labelColumn) => kind switch
    {
        ThemeTrainerKind.SdcaLogisticRegression => ml.BinaryClassification.Trainers.SdcaLogisticRegression(
            new SdcaLogisticRegressionBinaryTrainer.Options
            {
                LabelColumnName = labelColumn,
                FeatureColumnName = ThemeFeaturizer.FeaturesColumn,
                NumberOfThreads = 1,
                MaximumNumberOfIterations = options.SdcaIterations,
                L2Regularization = options.SdcaL2,
            }),
        ThemeTrainerKind.LbfgsLogisticRegression => ml.BinaryClassification.Trainers.LbfgsLogisticRegression(
            new LbfgsLogisticRegressionBinaryTrainer.Options
            {
                LabelColumnName = labelColumn,
                FeatureColumnName = ThemeFeaturizer.FeaturesColumn,
                NumberOfThreads = 1,
                L2Regularization = options.LbfgsL2,
                L1Regularization = 0f,
            }),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown trainer."),
    };
}
