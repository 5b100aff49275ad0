using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using TextMiner.Pipeline;
using TextMiner.Search;
using TextMiner.Search.Presentation;

namespace TextMiner.Cli.Commands;

/// <summary>Runs one search for `search` and `quotes` and prints it as a table or JSON; bad queries get one line.</summary>
internal static class SearchRunner
{
    public static async Task<int> RunAsync(CliContext context, ParseResult parse, SearchOptions options, string query, Unit unit, bool json)
    {
        var request = options.ToRequest(parse, query, unit);
        var data = context.ExistingData(parse.GetValue(CommonOptions.Data));
        if (data is null)
        {
            return ExitCodes.CannotRun;
        }

        try
        {
            // Read-only: searching works while an ingest or nightly run holds the index's write lock.
            await using var services = TextMinerServices.Build(context.Options(data));
            var index = services.GetRequiredService<ReadOnlyData>().OpenIndex();
            var response = index.Search(request);
            if (json)
            {
                SearchResponseJson.Write(response, context.Output);
            }
            else
            {
                SearchResultTable.Write(response, context.Output);
            }

            return ExitCodes.Success;
        }
        catch (SearchQueryException e)
        {
            context.Fail("query", e.Message);
            return ExitCodes.CannotRun;
        }
        catch (SearchIndexException e)
        {
            context.Fail(data.IndexPath, e.Message);
            return ExitCodes.CannotRun;
        }
    }
}
