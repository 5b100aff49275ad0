namespace TextMiner.Pipeline.Research.Snapshots;

/// <summary>One file in a snapshot: its path in the zip (and the data directory), size in bytes and sha256 (hex).</summary>
public sealed record SnapshotFile(string Path, long Bytes, string Sha256);
