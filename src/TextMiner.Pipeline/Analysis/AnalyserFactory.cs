using TextMiner.Classification.Model;
using TextMiner.Core;
using TextMiner.Extraction;
using TextMiner.Parsing;

namespace TextMiner.Pipeline.Analysis;

/// <summary>Builds the Parse → Extract → Classify chain; the theme model is loaded (or trained) only when first needed.</summary>
public static class AnalyserFactory
{
    public static DocumentAnalyser Create(DataDirectory data, Action<string> log)
    {
        var classifier = new Lazy<ThemeClassifier>(() => LoadClassifier(data, log));
        return new DocumentAnalyser(new DocumentParser(), new FindingsExtractor(), () => classifier.Value);
    }

    public static ThemeClassifier LoadClassifier(DataDirectory data, Action<string> log)
    {
        Directory.CreateDirectory(data.ModelsPath);
        return ThemeModelStore.LoadOrTrain(data.ModelsPath, log);
    }
}
