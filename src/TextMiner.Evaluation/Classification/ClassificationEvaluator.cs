using TextMiner.Classification.Corpus;
using TextMiner.Classification.Metrics;
using TextMiner.Classification.Model;
using TextMiner.Core.Records;

namespace TextMiner.Evaluation.Classification;

/// <summary>Scores the theme model and the keyword baseline on the same labelled paragraphs, with the reliability of
/// the model's probabilities.</summary>
public static class ClassificationEvaluator
{
    /// <summary>Loads <paramref name="split"/> (embedded, or from <paramref name="labelsDirectory"/>) and evaluates.</summary>
    public static ClassificationReport EvaluateSplit(ThemeClassifier model, string split = LabelSplits.Test, string? labelsDirectory = null) =>
        Evaluate(model, LabelledCorpus.Load(split, labelsDirectory), $"split '{split}'");

    /// <summary>Evaluates any file of <c>{"id","text","labels"}</c> lines.</summary>
    public static ClassificationReport EvaluateFile(ThemeClassifier model, string path)
    {
        using var reader = new StreamReader(path);
        return Evaluate(model, LabelledCorpus.Read(reader), path);
    }

    public static ClassificationReport Evaluate(ThemeClassifier model, IReadOnlyList<LabelledParagraph> paragraphs, string source)
    {
        ArgumentNullException.ThrowIfNull(model);
        var texts = paragraphs.Select(p => p.Text).ToList();
        var gold = paragraphs.Select(p => p.Labels).ToList();
        var goldSets = gold.Select(g => (IReadOnlyCollection<string>)[.. g]).ToList();
        return new ClassificationReport(source, paragraphs.Count, $"{model.Metadata.Trainer}; {model.Metadata.Features}",
            MultiLabelScorer.Score(goldSets, Labels(model.Classify(texts))),
            MultiLabelScorer.Score(goldSets, Labels(new KeywordBaseline().Classify(texts))),
            ReliabilitySummary.Compute(model.Probabilities(texts), gold));
    }

    private static List<IReadOnlyCollection<string>> Labels(IReadOnlyList<IReadOnlyList<ThemeScore>> predicted) =>
        [.. predicted.Select(themes => (IReadOnlyCollection<string>)[.. themes.Select(t => t.Label)])];
}
