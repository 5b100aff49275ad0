namespace TextMiner.Pipeline.Research.Snapshots;

/// <summary>What a snapshot holds: store counts at the time of the copy, raw files and model files.</summary>
public sealed record SnapshotCounts(
    long Documents,
    long Paragraphs,
    long Ratings,
    long Figures,
    long Quotes,
    int RawFiles,
    int ModelFiles);
