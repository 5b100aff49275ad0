using System.CommandLine;
using System.Globalization;
using TextMiner.Pipeline.Research.Snapshots;

namespace TextMiner.Cli.Commands;

/// <summary>`textminer restore FILE.zip --data DIR`: into an empty directory, verifying every hash, then reindexing.</summary>
internal static class RestoreCommand
{
    public static Command Create(CliContext context)
    {
        var zip = new Argument<string>("FILE.zip") { Description = "A snapshot written by `textminer snapshot`." };
        var command = new Command("restore", "Restore a snapshot into a new or empty data directory, verify its hashes and rebuild the index.") { zip };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var data = context.Data(parse.GetValue(CommonOptions.Data));
            var file = parse.GetValue(zip)!;
            try
            {
                var result = await SnapshotRestorer.RestoreAsync(file, data, context.Time, cancellationToken).ConfigureAwait(false);
                context.Output.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"restored {file} into {data.Root}: {result.Manifest.Files.Count} files verified, {result.DocumentsIndexed} documents indexed (snapshot of {result.Manifest.CreatedAt:yyyy-MM-dd HH:mm} UTC, tool {result.Manifest.ToolVersion})"));
                return ExitCodes.Success;
            }
            catch (SnapshotException e)
            {
                context.Fail(file, e.Message);
                return ExitCodes.CannotRun;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or Storage.StorageException
                or Search.SearchIndexException)
            {
                context.Fail(file, e.Message);
                return ExitCodes.CannotRun;
            }
        });
        return command;
    }
}
