using TextMiner.Core.Records;
using TextMiner.Core.Stages;

namespace TextMiner.Classification.Model;

/// <summary>
/// The trained theme model: for each text, the labels whose calibrated probability reaches the label's dev-chosen
/// threshold, highest first. Any text gets an answer: blank text gets none, text past
/// <see cref="ThemeModelMetadata.MaxTextLength"/> characters is classified on its beginning.
/// Thread-safe: the compiled model is read-only, so calls from several threads run side by side.
/// </summary>
public sealed class ThemeClassifier : IThemeClassifier
{
    public const string LabelMismatchMessage = "The theme model's labels do not match the current theme list";

    private readonly LinearThemeModel _model;
    private readonly double[] _thresholds;

    private ThemeClassifier(LinearThemeModel model, ThemeModelMetadata metadata, DocumentThemeRule documentRule)
    {
        _model = model;
        Metadata = metadata;
        DocumentRule = documentRule;
        _thresholds = [.. Themes.All.Select(label => metadata.Thresholds.Single(t => t.Label == label).Threshold)];
    }

    public ThemeModelMetadata Metadata { get; }

    public DocumentThemeRule DocumentRule { get; }

    /// <summary>The same model with another rule for document themes.</summary>
    public ThemeClassifier With(DocumentThemeRule documentRule) => new(_model, Metadata, documentRule);

    /// <summary>Loads <c>themes.bin</c> and <c>themes.json</c>; throws if they are missing, unreadable or out of date.</summary>
    public static ThemeClassifier Load(string modelsDirectory)
    {
        var metadata = ThemeModelMetadataFile.Read(modelsDirectory);
        if (metadata.FormatVersion != ThemeModelFiles.FormatVersion || !metadata.Labels.SequenceEqual(Themes.All)
            || metadata.Thresholds.Count != Themes.All.Count)
        {
            throw new InvalidDataException($"{LabelMismatchMessage} (format {metadata.FormatVersion}).");
        }

        using var stream = File.OpenRead(ThemeModelFiles.ModelPath(modelsDirectory));
        return new ThemeClassifier(LinearThemeModel.Read(stream), metadata, DocumentThemeRule.Default);
    }

    public IReadOnlyList<IReadOnlyList<ThemeScore>> Classify(IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var probabilities = Probabilities(texts);
        return [.. probabilities.Select(Decide)];
    }

    /// <summary>
    /// A document's themes from paragraph evidence (<see cref="DocumentRule"/>): a label needs the rule's number of
    /// paragraphs to reach its threshold, so a document is not tagged with every theme one paragraph mentions. The score
    /// is the mean probability of those paragraphs.
    /// </summary>
    public IReadOnlyList<ThemeScore> ClassifyDocument(IReadOnlyList<string> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        return DocumentThemes(paragraphs, Probabilities(paragraphs));
    }

    /// <summary>
    /// Paragraph themes and document themes (as <see cref="ClassifyDocument"/>) from one pass of the model, for the
    /// pipeline, which needs both.
    /// </summary>
    public (IReadOnlyList<IReadOnlyList<ThemeScore>> Paragraphs, IReadOnlyList<ThemeScore> Document) ClassifyParagraphsAndDocument(
        IReadOnlyList<string> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        var probabilities = Probabilities(paragraphs);
        return ([.. probabilities.Select(Decide)], DocumentThemes(paragraphs, probabilities));
    }

    private IReadOnlyList<ThemeScore> DocumentThemes(IReadOnlyList<string> paragraphs, IReadOnlyList<float[]> probabilities)
    {
        var scored = probabilities.Where((_, i) => !string.IsNullOrWhiteSpace(paragraphs[i])).ToList();
        var needed = DocumentRule.Needed(scored.Count);
        var themes = new List<ThemeScore>();
        for (var label = 0; label < Themes.All.Count; label++)
        {
            var top = scored.Select(p => p[label]).OrderDescending().Take(needed).ToList();
            if (top.Count == needed && top[^1] >= _thresholds[label])
            {
                themes.Add(new ThemeScore(Themes.All[label], Sanitise(top.Average())));
            }
        }

        return [.. themes.OrderByDescending(t => t.Score).ThenBy(t => t.Label, StringComparer.Ordinal)];
    }

    /// <summary>Every label's probability for each text, in <see cref="Themes.All"/> order (empty text: all zero).</summary>
    public IReadOnlyList<float[]> Probabilities(IReadOnlyList<string> texts) =>
        _model.Probabilities([.. texts.Select(t => TextPreparation.Prepare(t, Metadata.MaxTextLength))]);

    private IReadOnlyList<ThemeScore> Decide(float[] probabilities) =>
    [
        .. probabilities
            .Select((p, i) => (Label: Themes.All[i], Score: Sanitise(p), Threshold: _thresholds[i]))
            .Where(x => x.Score >= x.Threshold)
            .OrderByDescending(x => x.Score)
            .ThenBy(x => x.Label, StringComparer.Ordinal)
            .Select(x => new ThemeScore(x.Label, x.Score)),
    ];

    private static double Sanitise(float probability) =>
        float.IsNaN(probability) ? 0 : Math.Round(Math.Clamp(probability, 0d, 1d), 4);
}
