using TextMiner.Core.Stages;

namespace TextMiner.Pipeline.Ingest;

/// <summary>
/// Local ingestion of files: one bad file never stops the run; the index is committed every <see cref="BatchSize"/>
/// documents and at the end, after catching up with anything a crashed run left unindexed.
/// </summary>
public sealed class IngestRunner(LocalFileReader reader, DocumentIngestor ingestor, Storage.IndexSynchroniser index)
{
    public const int BatchSize = 50;

    public async Task<IngestSummary> RunAsync(
        IReadOnlyList<string> files,
        IProgress<IngestProgress>? progress,
        CancellationToken cancellationToken)
    {
        await index.CatchUpAsync(cancellationToken).ConfigureAwait(false);
        var summary = new IngestSummary();
        try
        {
            for (var i = 0; i < files.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var result = await IngestOneAsync(files[i], cancellationToken).ConfigureAwait(false);
                summary.Add(files[i], result);
                progress?.Report(new IngestProgress(i + 1, files.Count, files[i], result));
                if (index.PendingCount >= BatchSize)
                {
                    await index.CommitAsync(cancellationToken).ConfigureAwait(false);
                }
            }
        }
        finally
        {
            // Whatever is stored gets committed to the index too, even when the run is cancelled.
            await index.CommitAsync(CancellationToken.None).ConfigureAwait(false);
        }

        return summary;
    }

    private async Task<StageResult<StoredDocument>> IngestOneAsync(string file, CancellationToken cancellationToken)
    {
        var read = await reader.ReadAsync(file, cancellationToken).ConfigureAwait(false);
        return read.IsOk
            ? await ingestor.IngestAsync(read.Value!, cancellationToken).ConfigureAwait(false)
            : read.Stopped<StoredDocument>();
    }
}
