using Microsoft.ML.Data;

namespace TextMiner.Classification.Training;

/// <summary>A featurised labelled paragraph, held in memory for the binary learners.</summary>
internal sealed class FeatureRow : LabelColumns
{
    public VBuffer<float> Features { get; set; }

    /// <summary>How much this paragraph counts in training (realistic paragraphs count more).</summary>
    public float Weight { get; set; } = 1;
}
