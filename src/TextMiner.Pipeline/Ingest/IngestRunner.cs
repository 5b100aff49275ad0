using TextMiner.Core.Records;
using TextMiner.Core.Stages;

namespace TextMiner.Pipeline.Ingest;

/// <summary>
/// Local ingestion of files through the shared <see cref="IngestLoop"/>: files are read and analysed on every core,
/// stored and indexed in the order given; one bad file never stops the run; the index is committed every
/// <see cref="BatchSize"/> documents and at the end, after catching up with anything a crashed run left unindexed.
/// </summary>
public sealed class IngestRunner(LocalFileReader reader, DocumentIngestor ingestor, Storage.IndexSynchroniser index)
{
    public const int BatchSize = 50;

    public async Task<IngestSummary> RunAsync(
        IReadOnlyList<string> files,
        IProgress<IngestProgress>? progress,
        CancellationToken cancellationToken)
    {
        var summary = new IngestSummary();
        var done = 0;
        await new IngestLoop(index, BatchSize).RunAsync(
            files.ToAsyncEnumerable(),
            PrepareAsync,
            async (file, prepared, token) =>
            {
                var result = await IngestAsync(prepared, token).ConfigureAwait(false);
                summary.Add(file, result);
                progress?.Report(new IngestProgress(++done, files.Count, file, result));
            },
            cancellationToken).ConfigureAwait(false);
        return summary;
    }

    private async Task<(StageResult<RawDocument> Read, PreparedDocument? Document)> PrepareAsync(string file, CancellationToken cancellationToken)
    {
        var read = await reader.ReadAsync(file, cancellationToken).ConfigureAwait(false);
        return (read, read.IsOk ? await ingestor.PrepareAsync(read.Value!, cancellationToken).ConfigureAwait(false) : null);
    }

    private async Task<StageResult<StoredDocument>> IngestAsync(
        (StageResult<RawDocument> Read, PreparedDocument? Document) prepared, CancellationToken cancellationToken) =>
        prepared.Read.IsOk
            ? await ingestor.IngestAsync(prepared.Document!, cancellationToken).ConfigureAwait(false)
            : prepared.Read.Stopped<StoredDocument>();
}
