using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using TextMiner.Pipeline.Research.Stats;
using TextMiner.Storage;
using TextMiner.Storage.Statistics;

namespace TextMiner.Cli.Commands;

/// <summary>`textminer stats [--json] [--top N]`: documents, ratings, figures over time, top speakers and themes.</summary>
internal static class StatsCommand
{
    public static Command Create(CliContext context)
    {
        var json = CommonOptions.Json();
        var top = new Option<int>("--top")
        {
            Description = "How many speakers and themes to list.",
            DefaultValueFactory = _ => StatisticsService.DefaultTop,
        };
        var command = new Command("stats", "Counts by source and year, ratings, staffing figures over time, top speakers and themes.") { json, top };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (parse.GetValue(top) < 1)
            {
                context.Fail("--top", "must be 1 or more");
                return ExitCodes.CannotRun;
            }

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

            var statistics = await services.GetRequiredService<DocumentStore>().Statistics.ComputeAsync(parse.GetValue(top), cancellationToken).ConfigureAwait(false);
            if (parse.GetValue(json))
            {
                StatisticsJson.Write(statistics, context.Output);
            }
            else
            {
                StatisticsTableWriter.Write(statistics, context.Output);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
