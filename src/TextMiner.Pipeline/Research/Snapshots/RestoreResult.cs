namespace TextMiner.Pipeline.Research.Snapshots;

/// <summary>A restored snapshot: its manifest and how many documents were indexed again.</summary>
public sealed record RestoreResult(SnapshotManifest Manifest, int DocumentsIndexed);
