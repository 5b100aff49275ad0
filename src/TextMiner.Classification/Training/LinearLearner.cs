using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace TextMiner.Classification.Training;

/// <summary>
/// Fits one ML.NET linear binary learner, whose raw weights and bias the compiled scorer uses directly. Single-threaded,
/// so a seed gives the same weights every time. (The folds do not start from the full model's weights: L-BFGS stops
/// near its start, so the held-out scores would remember paragraphs they must not have seen.)
/// </summary>
internal static class LinearLearner
{
    public static LinearBinaryModelParameters Fit(MLContext ml, ThemeTrainingOptions options, IDataView features, string labelColumn)
    {
        LinearBinaryModelParameters model = options.Trainer switch
        {
            ThemeTrainerKind.SdcaLogisticRegression => Sub(ml.BinaryClassification.Trainers.SdcaLogisticRegression(
                new SdcaLogisticRegressionBinaryTrainer.Options
                {
                    LabelColumnName = labelColumn, FeatureColumnName = FeatureMatrix.FeaturesColumn, ExampleWeightColumnName = FeatureMatrix.WeightColumn,
                    NumberOfThreads = 1, MaximumNumberOfIterations = options.SdcaIterations, L2Regularization = options.SdcaL2,
                }).Fit(features).Model),
            ThemeTrainerKind.LbfgsLogisticRegression => Sub(ml.BinaryClassification.Trainers.LbfgsLogisticRegression(
                new LbfgsLogisticRegressionBinaryTrainer.Options
                {
                    LabelColumnName = labelColumn, FeatureColumnName = FeatureMatrix.FeaturesColumn, ExampleWeightColumnName = FeatureMatrix.WeightColumn,
                    NumberOfThreads = 1, L2Regularization = options.LbfgsL2, L1Regularization = 0f,
                    OptimizationTolerance = options.LbfgsTolerance,
                }).Fit(features).Model),
            ThemeTrainerKind.LinearSvm => ml.BinaryClassification.Trainers.LinearSvm(new LinearSvmTrainer.Options
            {
                LabelColumnName = labelColumn, FeatureColumnName = FeatureMatrix.FeaturesColumn, ExampleWeightColumnName = FeatureMatrix.WeightColumn,
                Lambda = options.SvmLambda, NumberOfIterations = options.OnlineIterations,
            }).Fit(features).Model,
            ThemeTrainerKind.AveragedPerceptron => ml.BinaryClassification.Trainers.AveragedPerceptron(new AveragedPerceptronTrainer.Options
            {
                LabelColumnName = labelColumn, FeatureColumnName = FeatureMatrix.FeaturesColumn,
                NumberOfIterations = options.OnlineIterations,
            }).Fit(features).Model,
            _ => throw new ArgumentOutOfRangeException(nameof(options), options.Trainer, "Unknown trainer."),
        };
        return model;
    }

    private static LinearBinaryModelParameters Sub(CalibratedModelParametersBase<LinearBinaryModelParameters, PlattCalibrator> model) =>
        model.SubModel;
}
