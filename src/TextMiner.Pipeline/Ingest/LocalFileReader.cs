using TextMiner.Core.Records;
using TextMiner.Core.Stages;

namespace TextMiner.Pipeline.Ingest;

/// <summary>Reads a local file into a RawDocument, turning I/O problems into a failed result that names the reason.</summary>
public sealed class LocalFileReader(TimeProvider time)
{
    public const string LocalSource = "local";

    /// <summary>The source of documents written for the demo, read from a folder marked with <see cref="LocalFiles.SyntheticMarker"/>.</summary>
    public const string SyntheticSource = "synthetic";

    public async Task<StageResult<RawDocument>> ReadAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            var full = Path.GetFullPath(path);
            if (Directory.Exists(full))
            {
                return StageResult<RawDocument>.Failed(PipelineErrors.IsADirectory);
            }

            var bytes = await File.ReadAllBytesAsync(full, cancellationToken).ConfigureAwait(false);
            var modified = new DateTimeOffset(File.GetLastWriteTimeUtc(full), TimeSpan.Zero);
            return StageResult<RawDocument>.Ok(
                new RawDocument(LocalFiles.IsSynthetic(full) ? SyntheticSource : LocalSource, full, bytes, null, time.GetUtcNow(), LastModified: modified));
        }
        catch (FileNotFoundException)
        {
            return StageResult<RawDocument>.Failed(PipelineErrors.FileNotFound);
        }
        catch (DirectoryNotFoundException)
        {
            return StageResult<RawDocument>.Failed(PipelineErrors.FileNotFound);
        }
        catch (UnauthorizedAccessException)
        {
            return StageResult<RawDocument>.Failed(PipelineErrors.AccessDenied);
        }
        catch (IOException e)
        {
            return StageResult<RawDocument>.Failed(string.Format(System.Globalization.CultureInfo.InvariantCulture, PipelineErrors.ReadFailed, e.Message));
        }
    }
}
