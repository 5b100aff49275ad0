using TextMiner.Classification.Corpus;
using TextMiner.Core.Stages;

namespace TextMiner.Classification.Evaluation;

/// <summary>Scores a classifier and the keyword baseline on the same labelled split.</summary>
public static class ClassificationEvaluator
{
    /// <summary>Loads <paramref name="split"/> (embedded, or from <paramref name="labelsDirectory"/>) and evaluates.</summary>
    public static ClassificationReport EvaluateSplit(IThemeClassifier model, string trainer, string split = LabelSplits.Test,
        string? labelsDirectory = null) =>
        Evaluate(model, trainer, LabelledCorpus.Load(split, labelsDirectory), split);

    public static ClassificationReport Evaluate(IThemeClassifier model, string trainer,
        IReadOnlyList<LabelledParagraph> paragraphs, string split)
    {
        var texts = paragraphs.Select(p => p.Text).ToList();
        var gold = paragraphs.Select(p => (IReadOnlyCollection<string>)[.. p.Labels]).ToList();
        return new ClassificationReport(split, paragraphs.Count, trainer,
            MultiLabelScorer.Score(gold, Labels(model.Classify(texts))),
            MultiLabelScorer.Score(gold, Labels(new KeywordBaseline().Classify(texts))));
    }

    private static List<IReadOnlyCollection<string>> Labels(IReadOnlyList<IReadOnlyList<Core.Records.ThemeScore>> predicted) =>
        [.. predicted.Select(themes => (IReadOnlyCollection<string>)[.. themes.Select(t => t.Label)])];
}
