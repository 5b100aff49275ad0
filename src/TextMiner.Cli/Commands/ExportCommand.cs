using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using TextMiner.Pipeline.Research.Export;
using TextMiner.Search;

namespace TextMiner.Cli.Commands;

/// <summary>
/// `textminer export --what documents|paragraphs|ratings|figures|quotes [--format csv|jsonl] [--out FILE] [filters] [QUERY]`:
/// the filters are search's (see <see cref="SearchOptions"/>), so an export cuts the same units as a search.
/// </summary>
internal static class ExportCommand
{
    public static Command Create(CliContext context)
    {
        var what = CommonOptions.Choice("--what", "What to export: documents, paragraphs, ratings, figures or quotes.", null, "documents", "paragraphs", "ratings", "figures", "quotes");
        what.Required = true;
        var format = CommonOptions.Format("csv", "csv", "jsonl");
        var output = new Option<string?>("--out") { Description = "Write to this file (atomically) instead of standard output.", HelpName = "FILE" };
        var query = new Argument<string[]>("QUERY")
        {
            Description = "A search query (Lucene syntax, as for `search`); with no query and no filter every row is exported.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var filters = new SearchOptions();
        var minConfidence = CommonOptions.MinConfidence("Only ratings, figures and quotes extracted with at least this confidence (0 to 1).");
        var command = new Command("export", "Export documents, paragraphs, ratings, figures or quotes with provenance, as CSV or JSON Lines.")
        {
            what, format, output, query,
            filters.Source, filters.Kind, filters.Theme, filters.Speaker, filters.Organisation, filters.Rating, filters.From, filters.To,
            minConfidence,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var exportWhat = Enum.Parse<ExportWhat>(parse.GetValue(what)!, ignoreCase: true);
            var search = filters.ToRequest(parse, string.Join(' ', parse.GetValue(query) ?? []), new ExportRequest(exportWhat).SelectionUnit);

            var request = new ExportRequest(
                exportWhat,
                Enum.Parse<ExportFormat>(parse.GetValue(format)!, ignoreCase: true),
                search.Query,
                search.Source,
                search.Kind,
                search.Theme,
                search.From,
                search.To,
                search.Speaker,
                search.Organisation,
                search.Rating,
                parse.GetValue(minConfidence));
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

            var exporter = services.GetRequiredService<Exporter>();
            var file = parse.GetValue(output);
            try
            {
                var result = string.IsNullOrWhiteSpace(file)
                    ? await exporter.ExportAsync(request, context.Output, cancellationToken).ConfigureAwait(false)
                    : await exporter.ExportToFileAsync(request, file, cancellationToken).ConfigureAwait(false);
                context.Info(string.Create(CultureInfo.InvariantCulture, $"exported {result.Rows} {request.What.ToString().ToLowerInvariant()}"));
                return ExitCodes.Success;
            }
            catch (SearchQueryException e)
            {
                context.Fail("query", e.Message);
                return ExitCodes.CannotRun;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                context.Fail(file ?? "output", e.Message);
                return ExitCodes.CannotRun;
            }
        });
        return command;
    }
}
