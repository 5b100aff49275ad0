using TextMiner.Classification.Model;
using TextMiner.Core;

namespace TextMiner.Pipeline.Analysis;

/// <summary>The theme model of a data directory (the composition root registers it as the pipeline's classifier).</summary>
public static class AnalyserFactory
{
    /// <summary>Loads the model in DATA/models, training it there first when there is none.</summary>
    public static ThemeClassifier LoadClassifier(DataDirectory data, Action<string> log)
    {
        Directory.CreateDirectory(data.ModelsPath);
        return ThemeModelStore.LoadOrTrain(data.ModelsPath, log);
    }
}
