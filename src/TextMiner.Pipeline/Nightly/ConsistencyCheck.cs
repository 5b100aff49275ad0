using TextMiner.Search;

namespace TextMiner.Pipeline.Nightly;

/// <summary>The `doctor` check: compares every stored (id, version) with the index, and runs the store's integrity check.</summary>
public static class ConsistencyCheck
{
    public static async Task<ConsistencyReport> RunAsync(Workspace workspace, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var stored = await workspace.Store.GetAllVersionsAsync(cancellationToken).ConfigureAwait(false);
        var indexed = workspace.Index.GetIndexedVersions();
        var storedById = stored.ToDictionary(s => s.Id, s => s.Version, StringComparer.Ordinal);
        var missing = stored.Where(s => !indexed.ContainsKey(s.Id)).Select(s => s.Id).ToList();
        var extra = indexed.Keys.Where(id => !storedById.ContainsKey(id)).Order(StringComparer.Ordinal).ToList();
        var differs = stored.Where(s => indexed.TryGetValue(s.Id, out var v) && v != s.Version).Select(s => s.Id).ToList();
        var duplicates = workspace.Index.Count(Unit.Document) - indexed.Count;
        var statistics = await workspace.Store.GetStatisticsAsync(cancellationToken).ConfigureAwait(false);
        var integrity = await workspace.Store.CheckIntegrityAsync(cancellationToken).ConfigureAwait(false);
        return new ConsistencyReport(stored.Count, indexed.Count, missing, extra, differs, duplicates, statistics.PendingIndex, integrity);
    }
}
