using System.CommandLine;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using TextMiner.Pipeline;
using TextMiner.Search;
using TextMiner.Search.Presentation;

namespace TextMiner.Cli.Commands;

/// <summary>
/// `search --batch FILE`: one searcher opened once, every query of the file run on it in order, one JSON line each
/// with its hits and how long the search took. A query that cannot be run gets an error line; the rest still run.
/// </summary>
internal static class BatchSearchRunner
{
    public const string CommentPrefix = "#";

    public static async Task<int> RunAsync(CliContext context, ParseResult parse, SearchOptions options, string file, Unit unit, CancellationToken cancellationToken)
    {
        var data = context.ExistingData(parse.GetValue(CommonOptions.Data));
        if (data is null)
        {
            return ExitCodes.CannotRun;
        }

        if (!File.Exists(file))
        {
            context.Fail(file, "no such file");
            return ExitCodes.CannotRun;
        }

        try
        {
            // Read-only, as `search`: works while an ingest or nightly run holds the index's write lock.
            await using var services = TextMinerServices.Build(context.Options(data));
            var index = services.GetRequiredService<ReadOnlyData>().OpenIndex();
            await foreach (var line in File.ReadLinesAsync(file, cancellationToken).ConfigureAwait(false))
            {
                var query = line.Trim();
                if (query.Length == 0 || query.StartsWith(CommentPrefix, StringComparison.Ordinal))
                {
                    continue;
                }

                Run(index, options.ToRequest(parse, query, unit) with { CountFacets = false }, context.Output);
            }

            return ExitCodes.Success;
        }
        catch (SearchIndexException e)
        {
            context.Fail(data.IndexPath, e.Message);
            return ExitCodes.CannotRun;
        }
        catch (IOException e)
        {
            context.Fail(file, e.Message);
            return ExitCodes.CannotRun;
        }
        catch (UnauthorizedAccessException e)
        {
            context.Fail(file, e.Message);
            return ExitCodes.CannotRun;
        }
    }

    private static void Run(SearchIndex index, SearchRequest request, TextWriter output)
    {
        try
        {
            var started = Stopwatch.GetTimestamp();
            var response = index.Search(request);
            var latency = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            SearchResponseJson.WriteBatchLine(request.Query, response, latency, output);
        }
        catch (SearchQueryException e)
        {
            SearchResponseJson.WriteBatchError(request.Query, e.Code, e.Message, output);
        }
    }
}
