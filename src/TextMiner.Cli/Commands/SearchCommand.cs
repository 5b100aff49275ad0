using System.CommandLine;
using TextMiner.Search;

namespace TextMiner.Cli.Commands;

internal static class SearchCommand
{
    /// <summary>The parser's own wording, kept for a search with neither a query nor --batch.</summary>
    public const string QueryMissing = "Required argument missing for command: 'search'.";

    public const string QueryAndBatch = "give either QUERY or --batch FILE, not both";

    public static Command Create(CliContext context)
    {
        var query = new Argument<string?>("QUERY")
        {
            Description = "Lucene syntax; every term must match unless you write OR between them (victim contact = victim AND contact). Terms, \"phrases\", AND/OR/NOT, +/-, wildcards, \"phrase\"~N, field:value, published:[2019-01-01 TO 2020-12-31].",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var batch = new Option<string?>("--batch")
        {
            Description = "Run every query in FILE (one a line; blank lines and lines starting with # skipped) with one searcher, "
                + "printing one JSON line per query: {\"query\",\"total\",\"latency_ms\",\"hits\":[...]}, or {\"query\",\"error\":{\"code\",\"message\"}} "
                + "for a query that cannot be run. The other options apply to every query; no facet counts.",
            HelpName = "FILE",
        };
        var unit = CommonOptions.Choice("--unit", "Search paragraphs, whole documents, or quotes.", "paragraph", "paragraph", "document", "quote");
        var json = CommonOptions.Json();
        var options = new SearchOptions();
        var command = new Command("search", "Full-text search over everything ingested, with snippets and facet counts.") { query, unit, json, batch };
        foreach (var option in options.All)
        {
            command.Options.Add(option);
        }

        command.Validators.Add(result =>
        {
            var hasQuery = result.GetValue(query) is not null;
            var hasBatch = result.GetValue(batch) is not null;
            if (!hasQuery && !hasBatch)
            {
                result.AddError(QueryMissing);
            }
            else if (hasQuery && hasBatch)
            {
                result.AddError(QueryAndBatch);
            }
        });
        command.SetAction((parse, cancellationToken) => parse.GetValue(batch) is { } file
            ? BatchSearchRunner.RunAsync(context, parse, options, file, ToUnit(parse.GetValue(unit)), cancellationToken)
            : SearchRunner.RunAsync(context, parse, options, parse.GetValue(query) ?? "", ToUnit(parse.GetValue(unit)), parse.GetValue(json)));
        return command;
    }

    private static Unit ToUnit(string? name) => name switch
    {
        "document" => Unit.Document,
        "quote" => Unit.Quote,
        _ => Unit.Paragraph,
    };
}
