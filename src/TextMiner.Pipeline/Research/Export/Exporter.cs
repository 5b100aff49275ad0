using System.Text;
using TextMiner.Search;
using TextMiner.Storage;

namespace TextMiner.Pipeline.Research.Export;

/// <summary>
/// Exports documents, paragraphs, ratings, figures or quotes with their provenance. The search index selects the units
/// (same query and filters as search); SQLite, the source of truth, gives the rows.
/// </summary>
public sealed class Exporter(DocumentStore store, SearchIndex index)
{
    /// <summary>Writes the export to <paramref name="output"/>.</summary>
    /// <exception cref="SearchQueryException">The query cannot be run.</exception>
    public async Task<ExportResult> ExportAsync(ExportRequest request, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(output);
        var selection = request.SelectsEverything ? null : ExportSelection.Collect(index, request, cancellationToken);
        long rows = 0;
        using (var writer = RowWriter.Create(request.Format, output, ExportColumns.For(request.What)))
        {
            await foreach (var row in ExportRows.ReadAsync(store, request.What, selection, request.MinConfidence, cancellationToken).ConfigureAwait(false))
            {
                writer.WriteRow(row);
                rows++;
            }

            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        }

        return new ExportResult(request.What, request.Format, rows);
    }

    /// <summary>
    /// Writes the export to a file, UTF-8 without a byte order mark, atomically: a temporary file beside it is renamed
    /// over it only when complete, so a failed export leaves any earlier file as it was.
    /// </summary>
    public async Task<ExportResult> ExportToFileAsync(ExportRequest request, string path, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temp = full + ".tmp-" + Guid.NewGuid().ToString("N");
        try
        {
            ExportResult result;
            var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
            await using (stream.ConfigureAwait(false))
            {
                var text = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16);
                await using (text.ConfigureAwait(false))
                {
                    result = await ExportAsync(request, text, cancellationToken).ConfigureAwait(false);
                }
            }

            File.Move(temp, full, overwrite: true);
            return result;
        }
        catch
        {
            File.Delete(temp);
            throw;
        }
    }
}
