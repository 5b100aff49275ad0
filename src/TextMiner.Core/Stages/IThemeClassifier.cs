using TextMiner.Core.Records;

namespace TextMiner.Core.Stages;

/// <summary>Classify: texts → themes, highest score first, only labels the model predicts. Pure and synchronous.</summary>
public interface IThemeClassifier
{
    IReadOnlyList<IReadOnlyList<ThemeScore>> Classify(IReadOnlyList<string> texts);
}
