using Microsoft.ML.Data;

namespace TextMiner.Classification.Training;

/// <summary>
/// A featurised paragraph held in memory for the binary learners. Copying the vectors out drops the features' slot
/// names, which every learner would otherwise store in the model file (tens of thousands of n-gram strings each).
/// </summary>
internal sealed class FeatureRow : LabelColumns
{
    public VBuffer<float> Features { get; set; }
}
