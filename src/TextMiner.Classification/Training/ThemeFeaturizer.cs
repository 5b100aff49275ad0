using Microsoft.ML;
using Microsoft.ML.Transforms.Text;

namespace TextMiner.Classification.Training;

/// <summary>
/// Text → one sparse vector: word 1–2-grams (tf-idf) plus character 3-, 4- and 5-grams, each block L2-normalised,
/// on lower-cased text without diacritics or digits (figures vary between reports; the words around them do not).
/// </summary>
internal static class ThemeFeaturizer
{
    public const string TextColumn = "Text";
    public const string FeaturesColumn = "Features";

    public static IEstimator<ITransformer> Create(MLContext ml, ThemeTrainingOptions options)
    {
        var words = BaseOptions();
        words.WordFeatureExtractor = new WordBagEstimator.Options
        {
            NgramLength = options.WordNgramLength,
            UseAllLengths = true,
            MaximumNgramsCount = [options.MaxWordNgrams],
            Weighting = NgramExtractingEstimator.WeightingCriteria.TfIdf,
        };
        words.CharFeatureExtractor = null;

        IEstimator<ITransformer> pipeline = ml.Transforms.Text.FeaturizeText("Words", words, TextColumn);
        var blocks = new List<string> { "Words" };
        foreach (var length in options.CharNgramLengths)
        {
            var chars = BaseOptions();
            chars.WordFeatureExtractor = null;
            chars.CharFeatureExtractor = new WordBagEstimator.Options
            {
                NgramLength = length,
                UseAllLengths = false,
                MaximumNgramsCount = [options.MaxCharNgramsPerLength],
                Weighting = NgramExtractingEstimator.WeightingCriteria.TfIdf,
            };
            var column = "Chars" + length.ToString(System.Globalization.CultureInfo.InvariantCulture);
            pipeline = pipeline.Append(ml.Transforms.Text.FeaturizeText(column, chars, TextColumn));
            blocks.Add(column);
        }

        return pipeline
            .Append(ml.Transforms.Concatenate(FeaturesColumn, [.. blocks]))
            .Append(ml.Transforms.NormalizeLpNorm(FeaturesColumn));
    }

    private static TextFeaturizingEstimator.Options BaseOptions() => new()
    {
        CaseMode = TextNormalizingEstimator.CaseMode.Lower,
        KeepDiacritics = false,
        KeepPunctuations = false,
        KeepNumbers = false,
        Norm = TextFeaturizingEstimator.NormFunction.L2,
    };
}
