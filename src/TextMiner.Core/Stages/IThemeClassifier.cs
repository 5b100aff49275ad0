using TextMiner.Core.Records;

namespace TextMiner.Core.Stages;

/// <summary>Classify: texts → themes, highest score first, only labels the model predicts. Pure and synchronous.</summary>
public interface IThemeClassifier
{
    IReadOnlyList<IReadOnlyList<ThemeScore>> Classify(IReadOnlyList<string> texts);

    /// <summary>
    /// Each paragraph's themes and the document's themes from that paragraph evidence, in one pass. By default a
    /// document has every theme one of its paragraphs has, with that theme's highest paragraph score; a model with its
    /// own document rule overrides this.
    /// </summary>
    (IReadOnlyList<IReadOnlyList<ThemeScore>> Paragraphs, IReadOnlyList<ThemeScore> Document) ClassifyParagraphsAndDocument(
        IReadOnlyList<string> paragraphs)
    {
        var themes = Classify(paragraphs);
        IReadOnlyList<ThemeScore> document =
        [
            .. themes.SelectMany(t => t).GroupBy(t => t.Label, StringComparer.Ordinal)
                .Select(g => new ThemeScore(g.Key, g.Max(t => t.Score)))
                .OrderByDescending(t => t.Score).ThenBy(t => t.Label, StringComparer.Ordinal),
        ];
        return (themes, document);
    }
}
