using System.CommandLine;
using TextMiner.Search;

namespace TextMiner.Cli.Commands;

internal static class SearchCommand
{
    public static Command Create(CliContext context)
    {
        var query = new Argument<string>("QUERY")
        {
            Description = "Lucene syntax; every term must match unless you write OR between them (victim contact = victim AND contact). Terms, \"phrases\", AND/OR/NOT, +/-, wildcards, \"phrase\"~N, field:value, published:[2019-01-01 TO 2020-12-31].",
        };
        var unit = CommonOptions.Choice("--unit", "Search paragraphs, whole documents, or quotes.", "paragraph", "paragraph", "document", "quote");
        var json = CommonOptions.Json();
        var options = new SearchOptions();
        var command = new Command("search", "Full-text search over everything ingested, with snippets and facet counts.") { query, unit, json };
        foreach (var option in options.All)
        {
            command.Options.Add(option);
        }

        command.SetAction(parse => SearchRunner.Run(context, parse, options, parse.GetValue(query) ?? "", ToUnit(parse.GetValue(unit)), parse.GetValue(json)));
        return command;
    }

    private static Unit ToUnit(string? name) => name switch
    {
        "document" => Unit.Document,
        "quote" => Unit.Quote,
        _ => Unit.Paragraph,
    };
}
