using TextMiner.Core;
using TextMiner.Pipeline;
using TextMiner.Search;
using TextMiner.Storage;

namespace TextMiner.Cli;

/// <summary>Opens the data directory's store and index, turning failures into one clear line and exit code 2.</summary>
public static class WorkspaceOpener
{
    public static async Task<Workspace?> TryOpenAsync(CliContext context, DataDirectory data, CancellationToken cancellationToken)
    {
        try
        {
            return await Workspace.OpenAsync(data, context.Time, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException
            or StorageException or SearchIndexException)
        {
            context.Fail(data.Root, $"cannot open the data directory: {e.Message}");
            return null;
        }
    }
}
