using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using TextMiner.Classification.Corpus;
using TextMiner.Classification.Training;
using TextMiner.Core.Records;
using TextMiner.Core.Stages;
using TextMiner.Evaluation.Classification;
using TextMiner.Evaluation.Extraction;
using TextMiner.Evaluation.Parsing;
using TextMiner.Pipeline;
using TextMiner.Pipeline.Analysis;
using TextMiner.Pipeline.Ingest;

namespace TextMiner.Cli.Commands;

/// <summary>`evaluate parsing|extraction|classification`: quality against the annotated sets in corpus/.</summary>
internal static class EvaluateCommand
{
    public static Command Create(CliContext context)
    {
        var corpus = new Option<string>("--corpus") { Description = "The corpus folder.", DefaultValueFactory = _ => "corpus", Recursive = true };
        var split = new Option<string>("--split") { Description = "dev (tune on it) or test (never tuned on).", DefaultValueFactory = _ => "dev", Recursive = true };
        split.AcceptOnlyFromAmong("dev", "test");

        var parsing = new Command("parsing", "Word recall, reading order and header/footer leaks of the parser on corpus/fixtures.");
        parsing.SetAction(parse =>
        {
            using var services = Stages(context, parse);
            var report = new ParseQualityEvaluator(services.GetRequiredService<IDocumentParser>(), context.Time)
                .Evaluate(Path.Combine(parse.GetValue(corpus)!, "fixtures"));
            context.Output.WriteLine(report.ToString());
            return report.MeetsThresholds && report.AllPassed ? ExitCodes.Success : ExitCodes.SomeFailed;
        });

        var gold = new Option<string?>("--gold") { Description = "Score any gold file in the corpus/gold format instead of a split; its document paths are relative to the file (e.g. ../shared/realistic/test.jsonl)." };
        var extraction = new Command("extraction", "Precision, recall and F1 of ratings, figures and quotes on corpus/gold (or --gold FILE), with misses and false hits.") { gold };
        extraction.SetAction((parse, cancellationToken) => parse.GetValue(gold) is { } goldFile
            ? EvaluateExtractionAsync(context, parse, goldFile, Path.GetDirectoryName(Path.GetFullPath(goldFile))!, cancellationToken)
            : EvaluateExtractionAsync(context, parse, Path.Combine(parse.GetValue(corpus)!, "gold", parse.GetValue(split)! + ".jsonl"),
                // Split gold paths are written from the repository root ("corpus/gold/docs/dev/x.txt").
                Path.GetDirectoryName(Path.GetFullPath(parse.GetValue(corpus)!))!, cancellationToken));

        var labels = new Option<string?>("--labels") { Description = "Score this labels file ({\"id\",\"text\",\"labels\"} lines) instead of a corpus/labels split." };
        var documents = new Option<string?>("--documents") { Description = "Score document themes against a document list ({\"path\",\"themes\"} lines, e.g. ../shared/realistic/dev.jsonl)." };
        var compare = new Option<bool>("--compare") { Description = "Cross-validate the featurisers and learners on the realistic dev paragraphs (folds by document) and print the comparison." };
        var folds = new Option<int>("--folds") { Description = "With --compare: how many folds (by document) to cross-validate in.", DefaultValueFactory = _ => ThemeComparison.DefaultFolds };
        folds.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 2 or > 20)
            {
                result.AddError("--folds must be 2..20.");
            }
        });
        var repeats = new Option<int>("--repeats") { Description = "With --compare: how many times to cross-validate each candidate (documents dealt into folds differently each time), figures averaged.", DefaultValueFactory = _ => ThemeComparison.DefaultRepeats };
        repeats.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 20)
            {
                result.AddError("--repeats must be 1..20.");
            }
        });
        var classification = new Command("classification", "Per-label precision, recall and F1 of the theme model with support counts, against a keyword baseline, and the reliability of its probabilities.") { labels, documents, compare, folds, repeats };
        classification.SetAction(parse => EvaluateClassification(context, parse, parse.GetValue(corpus)!, parse.GetValue(split)!, parse.GetValue(labels), parse.GetValue(documents), parse.GetValue(compare) ? parse.GetValue(folds) : 0, parse.GetValue(repeats)));

        return new Command("evaluate", "Measure quality against the annotated gold sets.") { corpus, split, parsing, extraction, classification };
    }

    private static int EvaluateClassification(CliContext context, ParseResult parse, string corpus, string split, string? labels, string? documents, int compareFolds, int compareRepeats)
    {
        if (compareFolds > 0)
        {
            var set = ThemeTrainingSet.Embedded();
            if (set.Realistic.Count == 0)
            {
                context.Fail(LabelSplits.RealisticDev, ThemeTrainingSet.RealisticMissingMessage);
                return ExitCodes.CannotRun;
            }

            var options = new ThemeTrainingOptions();
            var rows = ThemeComparison.Run(set, options, context.Time, context.Info, compareFolds, compareRepeats);
            context.Output.WriteLine(ThemeComparison.ToMarkdown(rows, set.Realistic.Count, compareFolds, compareRepeats));
            return ExitCodes.Success;
        }

        var input = documents ?? labels ?? Path.Combine(corpus, "labels", split + ".jsonl");
        if (!File.Exists(input))
        {
            context.Fail(input, Pipeline.PipelineErrors.FileNotFound);
            return ExitCodes.CannotRun;
        }

        var model = AnalyserFactory.LoadClassifier(context.Data(parse.GetValue(CommonOptions.Data)), context.Info);
        try
        {
            context.Output.WriteLine(documents is not null
                ? DocumentThemeEvaluator.ToText(DocumentThemeEvaluator.Evaluate(model, documents), documents, model.DocumentRule)
                : labels is null
                    ? ClassificationEvaluator.EvaluateSplit(model, split, Path.Combine(corpus, "labels")).ToText()
                    : ClassificationEvaluator.EvaluateFile(model, labels).ToText());
        }
        catch (Exception e) when (e is InvalidDataException or IOException or System.Text.Json.JsonException)
        {
            context.Fail(input, e.Message);
            return ExitCodes.CannotRun;
        }

        return ExitCodes.Success;
    }

    /// <summary>The pipeline's stages (the composition root, no store opened), so the evaluation measures what ingest runs.</summary>
    private static ServiceProvider Stages(CliContext context, ParseResult parse) =>
        TextMinerServices.Build(context.Options(context.Data(parse.GetValue(CommonOptions.Data))));

    private static async Task<int> EvaluateExtractionAsync(CliContext context, ParseResult parse, string goldPath, string root, CancellationToken cancellationToken)
    {
        if (!File.Exists(goldPath))
        {
            context.Fail(goldPath, Pipeline.PipelineErrors.FileNotFound);
            return ExitCodes.CannotRun;
        }

        var reader = new LocalFileReader(context.Time);
        using var services = Stages(context, parse);
        var parser = services.GetRequiredService<IDocumentParser>();
        var extractor = services.GetRequiredService<IFindingsExtractor>();
        var pairs = new List<(GoldDocument, Findings)>();
        foreach (var gold in GoldSet.Load(goldPath))
        {
            var raw = await reader.ReadAsync(Path.Combine(root, gold.Path), cancellationToken).ConfigureAwait(false);
            var parsed = raw.IsOk ? parser.Parse(raw.Value!) : null;
            if (parsed is not { IsOk: true })
            {
                context.Fail(gold.Path, (raw.Reason ?? parsed?.Reason)?.ToString() ?? "cannot parse");
                return ExitCodes.SomeFailed;
            }

            pairs.Add((gold, extractor.Extract(parsed.Value!)));
        }

        context.Output.WriteLine(ExtractionEvaluator.Evaluate(pairs).ToText());
        return ExitCodes.Success;
    }
}
