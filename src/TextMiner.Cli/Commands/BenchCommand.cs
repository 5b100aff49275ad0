using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using TextMiner.Benchmarks;
using TextMiner.Benchmarks.Corpus;
using TextMiner.Benchmarks.Export;
using TextMiner.Benchmarks.Search;
using TextMiner.Benchmarks.Stages;
using TextMiner.Benchmarks.Themes;
using TextMiner.Core.Stages;
using TextMiner.Pipeline;
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

            using var services = TextMinerServices.Build(context.Options(context.Data(parse.GetValue(CommonOptions.Data))));
            StageBenchmark.Run(
                raws, services.GetRequiredService<IDocumentParser>(), services.GetRequiredService<IFindingsExtractor>(), services.GetRequiredService<IThemeClassifier>(),
                parse.GetValue(repeats), context.Output);
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

        return new Command("bench", "Measure throughput (figures are printed with the machine they ran on).") { stages, search, classifierBench, export, Corpus(context) };
    }

    private static Command Corpus(CliContext context)
    {
        var output = new Option<string>("--out") { Description = "Folder to write the corpus to (documents/, queries.txt, expected.jsonl, corpus.json).", Required = true };
        var documents = new Option<int>("--documents") { Description = "Text and HTML documents (two HTML pages for each text file).", DefaultValueFactory = _ => 5_000 };
        var pdfs = new Option<int>("--pdfs") { Description = "Two-column report PDFs (about 2.6 pages each).", DefaultValueFactory = _ => 300 };
        var queries = new Option<int>("--queries") { Description = "Queries in queries.txt.", DefaultValueFactory = _ => 1_000 };
        var seed = new Option<int>("--seed") { Description = "Seed: the same arguments always write the same bytes.", DefaultValueFactory = _ => 15 };
        var command = new Command("corpus", "Write a deterministic benchmark corpus: HTML pages with boilerplate, plain text, two-column PDFs, with ratings, figures and quotes planted; and a query list.")
        {
            output, documents, pdfs, queries, seed,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = new CorpusOptions(parse.GetValue(documents), parse.GetValue(pdfs), parse.GetValue(queries), parse.GetValue(seed));
            if (options.Documents < 0 || options.Pdfs < 0 || options.Queries < 0 || options.Documents > CorpusOptions.MaxDocuments || options.Pdfs > CorpusOptions.MaxDocuments)
            {
                return context.UsageError("bench corpus", $"--documents and --pdfs must be 0 to {CorpusOptions.MaxDocuments:N0}, --queries 0 or more");
            }

            var folder = parse.GetValue(output)!;
            var summary = await ScaledCorpus.WriteAsync(folder, options, cancellationToken).ConfigureAwait(false);
            context.Output.WriteLine(
                $"{folder}: {summary.Html:N0} HTML, {summary.Text:N0} text, {summary.Pdfs:N0} PDF ({summary.PdfPages:N0} pages), {summary.Queries:N0} queries, " +
                $"{summary.Bytes / 1e6:0.0} MB; planted {summary.Ratings:N0} ratings, {summary.Figures:N0} figures, {summary.Quotes:N0} quotes (seed {summary.Seed})");
            return ExitCodes.Success;
        });
        return command;
    }
}
