using Microsoft.ML;
using Microsoft.ML.Data;
using TextMiner.Classification.Corpus;
using TextMiner.Classification.Features;

namespace TextMiner.Classification.Training;

/// <summary>Labelled paragraphs as sparse feature rows, and views over any subset of them for ML.NET's learners.</summary>
internal sealed class FeatureMatrix
{
    public const string FeaturesColumn = "Features";
    public const string WeightColumn = "Weight";

    private readonly SchemaDefinition _schema;

    public FeatureMatrix(FeatureSpace space, IReadOnlyList<LabelledParagraph> paragraphs, IReadOnlyList<float> weights, int maxTextLength)
    {
        Space = space;
        Texts = [.. paragraphs.Select(p => TextPreparation.Prepare(p.Text, maxTextLength))];
        var scratch = new FeatureScratch();
        Rows = [.. paragraphs.Select((p, i) =>
        {
            space.Transform(Texts[i], scratch);
            var indices = scratch.Indices.ToArray();
            var values = scratch.Values.ToArray();
            Array.Sort(indices, values);
            var row = new FeatureRow { Features = new VBuffer<float>(space.Count, indices.Length, values, indices), Weight = weights[i] };
            row.SetLabels(p.Labels);
            return row;
        })];
        _schema = SchemaDefinition.Create(typeof(FeatureRow));
        _schema[FeaturesColumn].ColumnType = new VectorDataViewType(NumberDataViewType.Single, space.Count);
    }

    public FeatureSpace Space { get; }

    /// <summary>The paragraphs' texts as prepared for featurising, in row order.</summary>
    public IReadOnlyList<string> Texts { get; }

    public IReadOnlyList<FeatureRow> Rows { get; }

    public IDataView View(MLContext ml, IEnumerable<int> rowIndices) =>
        ml.Data.LoadFromEnumerable(rowIndices.Select(i => Rows[i]).ToList(), _schema);
}
