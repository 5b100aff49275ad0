using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using TextMiner.Pipeline.Research.Snapshots;
using TextMiner.Storage;

namespace TextMiner.Cli.Commands;

/// <summary>`textminer snapshot --out FILE.zip`: raw documents, a consistent copy of the store, the model and a manifest.</summary>
internal static class SnapshotCommand
{
    public static Command Create(CliContext context)
    {
        var output = new Option<string>("--out") { Description = "The zip file to write.", HelpName = "FILE.zip", Required = true };
        var command = new Command("snapshot", "Write a reproducible snapshot (raw documents, store, model, manifest with hashes) to a zip.") { output };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var data = context.ExistingData(parse.GetValue(CommonOptions.Data));
            if (data is null)
            {
                return ExitCodes.CannotRun;
            }

            await using var services = await context.OpenAsync(context.Options(data), cancellationToken).ConfigureAwait(false);
            if (services is null)
            {
                return ExitCodes.CannotRun;
            }

            var file = parse.GetValue(output)!;
            try
            {
                var manifest = await SnapshotWriter.WriteAsync(data, services.GetRequiredService<DocumentStore>(), file, context.Time, cancellationToken).ConfigureAwait(false);
                var c = manifest.Counts;
                context.Output.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"snapshot {Path.GetFullPath(file)}: {c.Documents} documents, {c.RawFiles} raw files, {c.ModelFiles} model files, {manifest.Files.Count} files hashed"));
                return ExitCodes.Success;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or Storage.StorageException)
            {
                context.Fail(file, e.Message);
                return ExitCodes.CannotRun;
            }
        });
        return command;
    }
}
