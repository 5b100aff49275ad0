using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using TextMiner.Fetching.Crawling;
using TextMiner.Fetching.Sources;
using TextMiner.Pipeline;
using TextMiner.Pipeline.Crawling;
using TextMiner.Pipeline.Reporting;

namespace TextMiner.Cli.Commands;

internal static class CrawlCommand
{
    public static Command Create(CliContext context)
    {
        var source = new Option<string>("--source") { Description = "A source name (hmip, hmip-legacy, napo, napo-magazine), a definition file, or all.", DefaultValueFactory = _ => SourceCatalog.All };
        var since = new Option<string?>("--since") { Description = "Skip documents published before this date (YYYY-MM-DD, YYYY-MM or YYYY).", HelpName = "DATE" };
        var max = new Option<int?>("--max") { Description = "Fetch at most N documents per source." };
        var baseUrl = new Option<string?>("--base-url") { Description = "Fetch from a mirror or archive with the same paths (links to the real host are rebased).", HelpName = "URL" };
        var settings = new FetchSettings();
        var command = new Command("crawl", "Fetch new and changed documents from the sources and run them through the pipeline.") { source, since, max, baseUrl };
        foreach (var option in settings.All)
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parse, cancellationToken) =>
        {
            DateOnly? sinceDate = null;
            if (parse.GetValue(since) is { } text)
            {
                try
                {
                    sinceDate = Search.SearchDates.Parse(text);
                }
                catch (Search.SearchQueryException)
                {
                    return context.UsageError("crawl", string.Format(CultureInfo.InvariantCulture, SearchOptions.MalformedDate, text, "--since"));
                }
            }

            var (configure, settingsError) = settings.Read(parse);
            if (configure is null || !UriArguments.TryParse(parse.GetValue(baseUrl), "--base-url", out var mirror, out settingsError))
            {
                return context.UsageError("crawl", settingsError!);
            }

            IReadOnlyList<SourceDefinition> sources;
            try
            {
                sources = SourceCatalog.Resolve(parse.GetValue(source)!, SourceLocator.PipelinesDirectory(parse.GetValue(settings.Pipelines)));
            }
            catch (SourceDefinitionException e)
            {
                return context.UsageError("crawl", e.Message);
            }

            var data = context.Data(parse.GetValue(CommonOptions.Data));
            await using var services = await context.OpenAsync(context.Options(data) with { Fetch = configure }, cancellationToken).ConfigureAwait(false);
            if (services is null)
            {
                return ExitCodes.CannotRun;
            }

            var runner = services.GetRequiredService<CrawlRunner>();
            var failed = 0;
            foreach (var definition in sources)
            {
                var options = new CrawlOptions(sinceDate, parse.GetValue(max), mirror, new CrawlProgressPrinter(context));
                var diagnostics = new DiagnosticTally();
                var summary = await runner.RunAsync(
                    definition, options, (outcome, result) => diagnostics.Add(outcome.Url, result?.Diagnostics ?? []), cancellationToken).ConfigureAwait(false);
                context.Output.WriteLine($"{definition.Name}:");
                foreach (var line in summary.ToLines().Concat(diagnostics.ToLines()))
                {
                    context.Output.WriteLine("  " + line);
                }

                failed += summary.Failures.Count;
            }

            return failed > 0 ? ExitCodes.SomeFailed : ExitCodes.Success;
        });
        return command;
    }
}
