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
                summary.Add(result.Outcome, file, result.Reason);
                progress?.Report(new IngestProgress(++done, files.Count, file, result.Outcome, result.Reason));
            },
            cancellationToken).ConfigureAwait(false);
        return summary;
    }

    private async Task<(StageResult<RawDocument> Read, PreparedDocument? Document)> PrepareAsync(string file, CancellationToken cancellationToken)
    {
        var read = await reader.ReadAsync(file, cancellationToken).ConfigureAwait(false);
        return (read, read.IsOk ? await ingestor.PrepareAsync(read.Value!, cancellationToken).ConfigureAwait(false) : null);
    }

    private async Task<IngestResult> IngestAsync((StageResult<RawDocument> Read, PreparedDocument? Document) prepared, CancellationToken cancellationToken) =>
        prepared.Read.Status switch
        {
            StageStatus.Ok => await ingestor.IngestAsync(prepared.Document!, cancellationToken).ConfigureAwait(false),
            StageStatus.Skipped => new IngestResult(IngestOutcome.Skipped, prepared.Read.Reason),
            _ => new IngestResult(IngestOutcome.Failed, prepared.Read.Reason),
        };
}
