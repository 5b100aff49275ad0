using System.CommandLine;
using TextMiner.Benchmarks;
using TextMiner.Benchmarks.Export;
using TextMiner.Benchmarks.Search;
using TextMiner.Benchmarks.Stages;
using TextMiner.Benchmarks.Themes;
using TextMiner.Extraction;
using TextMiner.Parsing;
using TextMiner.Pipeline.Analysis;
using TextMiner.Pipeline.Ingest;

namespace TextMiner.Cli.Commands;

/// <summary>`bench stages|classifier|search`: throughput figures, each printed with the machine it ran on.</summary>
internal static class BenchCommand
{
    private static readonly string[] BenchmarkFolders =
        ["corpus/seeds", "corpus/fixtures/html", "corpus/fixtures/pdf", "corpus/fixtures/text", "corpus/gold", "corpus/labels"];

    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Documents to time (default: every well-formed document in corpus/: seeds, fixtures, gold and label sources).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var repeats = new Option<int>("--repeats") { Description = "Timed passes over the inputs.", DefaultValueFactory = _ => 5 };
        var stages = new Command("stages", "Parse (docs/s, PDF pages/s, MB/s), Extract (docs/s, MB/s) and Classify (paragraphs/s) over documents.") { paths, repeats };
        stages.SetAction(async (parse, cancellationToken) =>
        {
            // By default timing wants every format the corpus has, so it reads its folders marked not to be ingested too.
            var given = parse.GetValue(paths) is { Length: > 0 } p ? p : null;
            var reader = new LocalFileReader(context.Time);
            var raws = new List<Core.Records.RawDocument>();
            foreach (var file in LocalFiles.Expand(given ?? BenchmarkFolders, skipMarked: given is not null))
            {
                var read = await reader.ReadAsync(file, cancellationToken).ConfigureAwait(false);
                if (read.IsOk)
                {
                    raws.Add(read.Value!);
                }
            }

            var classifier = AnalyserFactory.LoadClassifier(context.Data(parse.GetValue(CommonOptions.Data)), context.Info);
            StageBenchmark.Run(raws, new DocumentParser(), new FindingsExtractor(), classifier, parse.GetValue(repeats), context.Output);
            return ExitCodes.Success;
        });

        var paragraphs = new Option<int>("--paragraphs") { Description = "Size of the generated corpus.", DefaultValueFactory = _ => 100_000 };
        var queries = new Option<int>("--queries") { Description = "Queries in the timed mix.", DefaultValueFactory = _ => 1_000 };
        var search = new Command("search", "Index a generated corpus and time a fixed query mix: paragraphs/s, MB/s, index size, p50/p99 latency, peak memory.") { paragraphs, queries };
        search.SetAction(parse =>
        {
            using var work = new ScratchDirectory();
            context.Output.WriteLine($"machine: {MachineInfo.Describe()}");
            SearchBenchmark.Run(work.Path, parse.GetValue(paragraphs), parse.GetValue(queries), context.Output);
            return ExitCodes.Success;
        });

        var classifierParagraphs = new Option<int>("--paragraphs") { Description = "Paragraphs to train on and classify (the labelled ones, repeated).", DefaultValueFactory = _ => ThemeBenchmark.DefaultParagraphs };
        var classifierBench = new Command("classifier", "Train the theme model and time classification: training seconds, paragraphs/s, model size (bench/themes_sklearn.py puts scikit-learn beside it).") { classifierParagraphs };
        classifierBench.SetAction(parse =>
        {
            using var work = new ScratchDirectory();
            context.Output.WriteLine($"machine: {MachineInfo.Describe()}");
            context.Output.WriteLine(ThemeBenchmark.Run(work.Path, parse.GetValue(classifierParagraphs)).ToText());
            return ExitCodes.Success;
        });

        var exportParagraphs = new Option<int>("--paragraphs") { Description = "Size of the generated corpus.", DefaultValueFactory = _ => ExportBenchmark.DefaultParagraphs };
        var export = new Command("export", "Store a generated corpus and time each export: rows/s.") { exportParagraphs };
        export.SetAction(async (parse, cancellationToken) =>
        {
            using var work = new ScratchDirectory();
            context.Output.WriteLine($"machine: {MachineInfo.Describe()}");
            await ExportBenchmark.RunAsync(work.Path, parse.GetValue(exportParagraphs), context.Output, context.Time, cancellationToken).ConfigureAwait(false);
            return ExitCodes.Success;
        });

        return new Command("bench", "Measure throughput (figures are printed with the machine they ran on).") { stages, search, classifierBench, export };
    }
}
