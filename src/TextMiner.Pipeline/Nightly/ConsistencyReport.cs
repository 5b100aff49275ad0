namespace TextMiner.Pipeline.Nightly;

/// <summary>
/// Store against index: ids stored but not indexed, indexed but not stored, indexed at another version, index entries
/// beyond one per document, store rows awaiting indexing, and SQLite's own integrity problems.
/// </summary>
public sealed record ConsistencyReport(
    int StoreDocuments,
    int IndexDocuments,
    IReadOnlyList<string> MissingFromIndex,
    IReadOnlyList<string> NotInStore,
    IReadOnlyList<string> VersionDiffers,
    int DuplicateIndexEntries,
    long PendingIndex,
    IReadOnlyList<string> IntegrityProblems)
{
    public bool IndexMatchesStore => MissingFromIndex.Count + NotInStore.Count + VersionDiffers.Count + DuplicateIndexEntries == 0
        && PendingIndex == 0;

    public bool Consistent => IndexMatchesStore && IntegrityProblems.Count == 0;
}
