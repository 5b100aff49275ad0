using System.CommandLine;
using System.CommandLine.Invocation;
using TextMiner.Cli.Commands;

namespace TextMiner.Cli;

/// <summary>The verbs of `textminer`. Each lives in Commands/ and only parses, calls a library and prints.</summary>
public static class CliApp
{
    public static RootCommand Build(CliContext context)
    {
        var root = new RootCommand("TextMiner: ingest, search and mine HMIP inspection reports and Napo publications.")
        {
            CommonOptions.Data,
        };
        foreach (var command in new[]
        {
            IngestCommand.Create(context),
            ParseCommand.Create(context),
            ExtractCommand.Create(context),
            SearchCommand.Create(context),
            QuotesCommand.Create(context),
            ClassifyCommand.Create(context),
            TrainCommand.Create(context),
            EvaluateCommand.Create(context),
            ReindexCommand.Create(context),
            BenchCommand.Create(context),
            CrawlCommand.Create(context),
            ServeCommand.Create(context),
            ExportCommand.Create(context),
            StatsCommand.Create(context),
            SnapshotCommand.Create(context),
            RestoreCommand.Create(context),
            NightlyCommand.Create(context),
            StatusCommand.Create(context),
            DoctorCommand.Create(context),
        })
        {
            root.Subcommands.Add(command);
        }

        return root;
    }

    /// <summary>Parses and runs one command line; a usage error is answered by <see cref="UsageErrors"/> (exit 2).</summary>
    public static Task<int> RunAsync(CliContext context, string[] args, InvocationConfiguration configuration, CancellationToken cancellationToken = default)
    {
        var parse = Build(context).Parse(args);
        return parse.Action is ParseErrorAction
            ? Task.FromResult(UsageErrors.Report(parse, context))
            : parse.InvokeAsync(configuration, cancellationToken);
    }
}
