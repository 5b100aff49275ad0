using Microsoft.ML;
using Microsoft.ML.Data;
using TextMiner.Classification.Corpus;
using TextMiner.Classification.Features;

namespace TextMiner.Classification.Training;

/// <summary>
/// Labelled paragraphs featurised once: as compressed sparse rows for the project's own learner, and (built only when an
/// ML.NET learner asks) as views over any subset of them.
/// </summary>
internal sealed class FeatureMatrix
{
    public const string FeaturesColumn = "Features";
    public const string WeightColumn = "Weight";

    private readonly Lazy<(IReadOnlyList<FeatureRow> Rows, SchemaDefinition Schema)> _mlRows;

    /// <param name="negativeOnly">Per row, or null for none: a row that counts only as a negative (a sentence of a training
    /// paragraph, carrying its paragraph's labels, which it is left out for).</param>
    public FeatureMatrix(FeatureSpace space, IReadOnlyList<LabelledParagraph> paragraphs, IReadOnlyList<float> weights, int maxTextLength,
        IReadOnlyList<bool>? negativeOnly = null)
    {
        NegativeOnly = negativeOnly ?? new bool[paragraphs.Count];
        Space = space;
        Texts = [.. paragraphs.Select(p => TextPreparation.Prepare(p.Text, maxTextLength))];
        Weights = weights;
        Labels = [.. paragraphs.Select(p => new LabelColumns())];
        for (var i = 0; i < paragraphs.Count; i++)
        {
            Labels[i].SetLabels(paragraphs[i].Labels);
        }

        // Rows are independent, so they are featurised side by side (each worker with its own buffers).
        var rows = new (int[] indices, float[] values)[Texts.Count];
        Parallel.ForEach(System.Collections.Concurrent.Partitioner.Create(0, rows.Length, 256), () => new FeatureScratch(), (range, _, scratch) =>
        {
            for (var i = range.Item1; i < range.Item2; i++)
            {
                space.Transform(Texts[i], scratch);
                var indices = scratch.Indices.ToArray();
                var values = scratch.Values.ToArray();
                Array.Sort(indices, values);
                rows[i] = (indices, values);
            }

            return scratch;
        }, _ => { });
        Sparse = new SparseRows(space.Count, rows);
        _mlRows = new Lazy<(IReadOnlyList<FeatureRow>, SchemaDefinition)>(() =>
        {
            var schema = SchemaDefinition.Create(typeof(FeatureRow));
            schema[FeaturesColumn].ColumnType = new VectorDataViewType(NumberDataViewType.Single, space.Count);
            IReadOnlyList<FeatureRow> mlRows = [.. rows.Select((r, i) =>
            {
                var row = new FeatureRow { Features = new VBuffer<float>(space.Count, r.indices.Length, r.values, r.indices), Weight = weights[i] };
                row.SetLabels(paragraphs[i].Labels);
                return row;
            })];
            return (mlRows, schema);
        });
    }

    public FeatureSpace Space { get; }

    /// <summary>Per row: does it count only as a negative, for the labels it does not carry?</summary>
    public IReadOnlyList<bool> NegativeOnly { get; }

    /// <summary>The paragraphs' texts as prepared for featurising, in row order.</summary>
    public IReadOnlyList<string> Texts { get; }

    public SparseRows Sparse { get; }

    /// <summary>How much each row counts in training.</summary>
    public IReadOnlyList<float> Weights { get; }

    public IReadOnlyList<LabelColumns> Labels { get; }

    public int RowCount => Texts.Count;

    public IDataView View(MLContext ml, IEnumerable<int> rowIndices) =>
        ml.Data.LoadFromEnumerable(rowIndices.Select(i => _mlRows.Value.Rows[i]).ToList(), _mlRows.Value.Schema);
}
