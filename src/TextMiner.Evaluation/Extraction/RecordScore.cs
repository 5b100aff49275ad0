namespace TextMiner.Evaluation.Extraction;

/// <summary>Counts for one record type, with precision, recall and F1 (1.0 when there is nothing to find and nothing found).</summary>
public sealed record RecordScore(string RecordType, int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 1.0 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 1.0 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
