using TextMiner.Core.Records;
using TextMiner.Core.Stages;

namespace TextMiner.Pipeline.Ingest;

/// <summary>
/// Reads a local file into a RawDocument, turning I/O problems into a failed result that names the reason. A file over
/// <paramref name="maxBytes"/> is skipped with a reason, and never more than that is read (a device or a growing file
/// cannot make it read without end).
/// </summary>
public sealed class LocalFileReader(TimeProvider time, long maxBytes = LocalFileReader.DefaultMaxBytes)
{
    public const string LocalSource = "local";

    /// <summary>The source of documents written for the demo, read from a folder marked with <see cref="LocalFiles.SyntheticMarker"/>.</summary>
    public const string SyntheticSource = "synthetic";

    /// <summary>256 MiB: far above any report or press release, far below what would exhaust memory.</summary>
    public const long DefaultMaxBytes = 256L << 20;

    public async Task<StageResult<RawDocument>> ReadAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            var full = Path.GetFullPath(path);
            if (Directory.Exists(full))
            {
                return StageResult<RawDocument>.Failed(PipelineErrors.IsADirectoryCode, PipelineErrors.IsADirectory);
            }

            var bytes = await ReadBoundedAsync(full, cancellationToken).ConfigureAwait(false);
            if (bytes is null)
            {
                return StageResult<RawDocument>.Skipped(PipelineErrors.FileTooLargeCode, string.Format(
                    System.Globalization.CultureInfo.InvariantCulture, PipelineErrors.FileTooLarge, Math.Max(new FileInfo(full).Length, maxBytes + 1), maxBytes));
            }

            var modified = new DateTimeOffset(File.GetLastWriteTimeUtc(full), TimeSpan.Zero);
            return StageResult<RawDocument>.Ok(
                new RawDocument(LocalFiles.IsSynthetic(full) ? SyntheticSource : LocalSource, full, bytes, null, time.GetUtcNow(), LastModified: modified));
        }
        catch (FileNotFoundException)
        {
            return StageResult<RawDocument>.Failed(PipelineErrors.FileNotFoundCode, PipelineErrors.FileNotFound);
        }
        catch (DirectoryNotFoundException)
        {
            return StageResult<RawDocument>.Failed(PipelineErrors.FileNotFoundCode, PipelineErrors.FileNotFound);
        }
        catch (UnauthorizedAccessException)
        {
            return StageResult<RawDocument>.Failed(PipelineErrors.AccessDeniedCode, PipelineErrors.AccessDenied);
        }
        catch (IOException e)
        {
            return StageResult<RawDocument>.Failed(
                PipelineErrors.ReadFailedCode, string.Format(System.Globalization.CultureInfo.InvariantCulture, PipelineErrors.ReadFailed, e.Message));
        }
    }

    /// <summary>The file's bytes, or null when it holds more than the cap (read no further than one block past it).</summary>
    private async Task<byte[]?> ReadBoundedAsync(string path, CancellationToken cancellationToken)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
        await using (stream.ConfigureAwait(false))
        {
            if (stream.CanSeek && stream.Length > maxBytes)
            {
                return null;
            }

            using var buffer = new MemoryStream();
            var block = new byte[1 << 16];
            int read;
            while ((read = await stream.ReadAsync(block, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    return null;
                }

                buffer.Write(block, 0, read);
            }

            return buffer.ToArray();
        }
    }
}
