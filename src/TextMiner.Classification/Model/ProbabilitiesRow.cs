using Microsoft.ML.Data;

namespace TextMiner.Classification.Model;

/// <summary>The model's output row: one calibrated probability per label, in the sidecar's label order.</summary>
internal sealed class ProbabilitiesRow
{
    [ColumnName(ThemeModelFiles.ProbabilitiesColumn)]
    public float[] Probabilities { get; set; } = [];
}
