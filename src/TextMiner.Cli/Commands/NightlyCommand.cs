using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using TextMiner.Fetching.Sources;
using TextMiner.Pipeline;
using TextMiner.Pipeline.Crawling;
using TextMiner.Pipeline.Nightly;
using TextMiner.Storage;

namespace TextMiner.Cli.Commands;

/// <summary>`textminer nightly`: the unattended run. First stdout line says what happened; logs go to stderr.</summary>
internal static class NightlyCommand
{
    public static Command Create(CliContext context)
    {
        var sources = new Option<string>("--sources") { Description = "all, or a comma-separated list of source names or definition files.", DefaultValueFactory = _ => SourceCatalog.All };
        var baseUrls = new Option<string[]>("--base-url") { Description = "NAME=URL: fetch that source from a mirror or archive with the same paths (repeatable).", HelpName = "NAME=URL" };
        var logFormat = CommonOptions.Choice("--log-format", "Log format on standard error: text or json.", CliLogging.Text, CliLogging.Text, CliLogging.Json);
        var settings = new FetchSettings();
        var command = new Command("nightly", "The scheduled run: lock, incremental crawl and full pipeline for every source, breakage guards, a summary in runs/. Exit 0 all well, 1 some failed, 2 could not run.")
        {
            sources, baseUrls, logFormat,
        };
        foreach (var option in settings.All)
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parse, cancellationToken) =>
        {
            if (!TryResolve(parse.GetValue(sources)!, SourceLocator.PipelinesDirectory(parse.GetValue(settings.Pipelines)), out var definitions, out var error)
                || !TryParseBaseUrls(parse.GetValue(baseUrls) ?? [], definitions, out var rebased, out error))
            {
                context.Output.WriteLine(Format(NightlyMessages.BadSettings, error));
                return context.UsageError(UsageErrors.Nightly, error!);
            }

            var (configure, settingsError) = settings.Read(parse);
            if (configure is null)
            {
                context.Output.WriteLine(Format(NightlyMessages.BadSettings, settingsError));
                return context.UsageError(UsageErrors.Nightly, settingsError!);
            }

            var data = context.Data(parse.GetValue(CommonOptions.Data));
            using var runLock = RunLock.TryAcquire(data.Root, context.Time, out var heldBy);
            if (runLock is null)
            {
                context.Output.WriteLine(Format(NightlyMessages.LockHeld, heldBy));
                return ExitCodes.CannotRun;
            }

            using var loggers = CliLogging.Create(parse.GetValue(logFormat)!);
            var logger = loggers.CreateLogger("TextMiner.Nightly");
            ServiceProvider services;
            try
            {
                services = await TextMinerServices.OpenAsync(
                    context.Options(data) with { Fetch = configure }, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (TextMinerServices.IsOpenFailure(e))
            {
                context.Output.WriteLine(Format(NightlyMessages.CannotOpen, data.Root, e.Message));
                return ExitCodes.CannotRun;
            }

            await using (services.ConfigureAwait(false))
            {
                var workspace = services.GetRequiredService<Workspace>();
                var runner = services.GetRequiredService<CrawlRunner>();
#if FAILPOINTS
                Action<string>? checkpoint = Failpoint.Parse(Environment.GetEnvironmentVariable(Failpoint.EnvironmentVariable)).Pass;
#else
                Action<string>? checkpoint = null;
#endif
                var job = new NightlyJob(workspace, runner, context.Time, logger, checkpoint);
                RunSummary summary;
                try
                {
                    summary = await job.RunAsync(definitions, rebased, runLock.TakenOverFrom, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception e) when (e is StorageException or Search.SearchIndexException or IOException)
                {
                    context.Output.WriteLine(Format(NightlyMessages.StorageFailed, e.Message));
                    return ExitCodes.CannotRun;
                }

                RunSummaryPrinter.Print(context.Output, summary);
                return summary.Status switch
                {
                    RunStatus.Ok => ExitCodes.Success,
                    RunStatus.Failed => ExitCodes.SomeFailed,
                    _ => ExitCodes.Interrupted,
                };
            }
        });
        return command;
    }

    /// <summary>--sources: all, or names and definition files; an unknown name is named with the valid ones.</summary>
    private static bool TryResolve(string names, string pipelines, out IReadOnlyList<SourceDefinition> definitions, out string? error)
    {
        definitions = [];
        error = null;
        var resolved = new List<SourceDefinition>();
        foreach (var name in names.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var known = SourceCatalog.All.Equals(name, StringComparison.OrdinalIgnoreCase) || File.Exists(name)
                || File.Exists(Path.Combine(pipelines, name + SourceCatalog.FileExtension));
            if (!known)
            {
                IEnumerable<string?> valid = Directory.Exists(pipelines)
                    ? Directory.EnumerateFiles(pipelines, "*" + SourceCatalog.FileExtension).Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)
                    : [];
                error = CommonOptions.UnknownValue("--sources", name, [SourceCatalog.All, .. valid.OfType<string>(), "FILE.json"]);
                return false;
            }

            try
            {
                resolved.AddRange(SourceCatalog.Resolve(name, pipelines));
            }
            catch (SourceDefinitionException e)
            {
                error = $"--sources: {e.Message}";
                return false;
            }
        }

        if (resolved.Count == 0)
        {
            error = "--sources names no source";
            return false;
        }

        definitions = resolved.DistinctBy(d => d.Name).ToList();
        return true;
    }

    private static bool TryParseBaseUrls(string[] values, IReadOnlyList<SourceDefinition> definitions, out Dictionary<string, Uri> rebased, out string? error)
    {
        error = null;
        rebased = new Dictionary<string, Uri>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            var parts = value.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || !Uri.TryCreate(parts[1], UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                error = Format(NightlyMessages.MalformedBaseUrl, value);
                return false;
            }

            if (definitions.All(d => d.Name != parts[0]))
            {
                error = Format(NightlyMessages.UnknownBaseUrlSource, parts[0], string.Join(", ", definitions.Select(d => d.Name)));
                return false;
            }

            rebased[parts[0]] = uri;
        }

        return true;
    }

    private static string Format(string format, params object?[] args) => string.Format(CultureInfo.InvariantCulture, format, args);
}
