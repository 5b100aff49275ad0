using System.CommandLine;
using System.Globalization;
using TextMiner.Pipeline.Research.Export;
using TextMiner.Search;

namespace TextMiner.Cli.Commands;

/// <summary>`textminer export --what documents|paragraphs|ratings|figures|quotes [--format csv|jsonl] [--out FILE] [QUERY]`.</summary>
internal static class ExportCommand
{
    public static Command Create(CliContext context)
    {
        var what = new Option<string>("--what")
        {
            Description = "What to export: documents, paragraphs, ratings, figures or quotes.",
            Required = true,
        };
        what.AcceptOnlyFromAmong("documents", "paragraphs", "ratings", "figures", "quotes");
        var format = CommonOptions.Format("csv", "csv", "jsonl");
        var output = new Option<string?>("--out") { Description = "Write to this file (atomically) instead of standard output.", HelpName = "FILE" };
        var source = new Option<string?>("--source") { Description = "Only this source (hmip, napo, ...)." };
        var kind = new Option<string?>("--kind") { Description = "Only this kind of document (press-release, inspection-report, ...)." };
        var theme = new Option<string?>("--theme") { Description = "Only units labelled with this theme." };
        var from = new Option<string?>("--from") { Description = "Published on or after (yyyy-MM-dd or yyyy).", HelpName = "DATE" };
        var to = new Option<string?>("--to") { Description = "Published on or before (yyyy-MM-dd or yyyy).", HelpName = "DATE" };
        var query = new Argument<string[]>("QUERY") { Description = "A search query (Lucene syntax); none exports every row.", Arity = ArgumentArity.ZeroOrMore };
        var command = new Command("export", "Export documents, paragraphs, ratings, figures or quotes with provenance, as CSV or JSON Lines.")
        {
            what, format, output, source, kind, theme, from, to, query,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (!ExportDates.TryParse(parse.GetValue(from), endOfPeriod: false, out var fromDate)
                || !ExportDates.TryParse(parse.GetValue(to), endOfPeriod: true, out var toDate))
            {
                context.Fail("--from/--to", string.Format(CultureInfo.InvariantCulture, ExportDates.InvalidDate, parse.GetValue(from) + " " + parse.GetValue(to)));
                return ExitCodes.CannotRun;
            }

            var request = new ExportRequest(
                Enum.Parse<ExportWhat>(parse.GetValue(what)!, ignoreCase: true),
                Enum.Parse<ExportFormat>(parse.GetValue(format)!, ignoreCase: true),
                string.Join(' ', parse.GetValue(query) ?? []),
                parse.GetValue(source),
                parse.GetValue(kind),
                parse.GetValue(theme),
                fromDate,
                toDate);
            var data = context.Data(parse.GetValue(CommonOptions.Data));
            await using var workspace = await WorkspaceOpener.TryOpenAsync(context, data, cancellationToken).ConfigureAwait(false);
            if (workspace is null)
            {
                return ExitCodes.CannotRun;
            }

            var exporter = new Exporter(workspace.Store, workspace.Index);
            try
            {
                var file = parse.GetValue(output);
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
            catch (IOException e)
            {
                context.Fail(parse.GetValue(output) ?? "output", e.Message);
                return ExitCodes.CannotRun;
            }
        });
        return command;
    }
}
