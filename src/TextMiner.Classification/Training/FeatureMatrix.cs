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

    /// <param name="realistic">Per paragraph: is it real phrasing (needed when <paramref name="domainCopyWeight"/> is above 0).</param>
    /// <param name="domainCopyWeight">Above 0: each row also carries a copy of its features, scaled by this, in a block
    /// of its own domain (realistic or corpus) for the project's own learner; see <see cref="ThemeTrainingOptions.DomainCopyWeight"/>.</param>
    public FeatureMatrix(FeatureSpace space, IReadOnlyList<LabelledParagraph> paragraphs, IReadOnlyList<float> weights, int maxTextLength,
        IReadOnlyList<bool>? realistic = null, double domainCopyWeight = 0)
    {
        DomainCopyWeight = domainCopyWeight;
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
        Sparse = domainCopyWeight > 0
            ? new SparseRows(3 * space.Count, [.. rows.Select((r, i) => WithDomainCopy(r, space.Count, realistic![i] ? 1 : 2, (float)domainCopyWeight))])
            : new SparseRows(space.Count, rows);
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

    /// <summary>0, or the scale of each row's domain copy (<see cref="Sparse"/> then has three blocks of
    /// <see cref="FeatureSpace.Count"/> columns: shared, realistic, corpus).</summary>
    public double DomainCopyWeight { get; }

    /// <summary>The paragraphs' texts as prepared for featurising, in row order.</summary>
    public IReadOnlyList<string> Texts { get; }

    public SparseRows Sparse { get; }

    /// <summary>How much each row counts in training.</summary>
    public IReadOnlyList<float> Weights { get; }

    public IReadOnlyList<LabelColumns> Labels { get; }

    public int RowCount => Texts.Count;

    /// <summary>A fitted weight vector over <see cref="Sparse"/>'s columns as weights over the feature space, as real
    /// text sees them: the shared block plus the realistic block (scaled as its copies were).</summary>
    public float[] RealisticView(ReadOnlySpan<float> weights)
    {
        var count = Space.Count;
        var result = weights[..count].ToArray();
        if (DomainCopyWeight > 0)
        {
            var scale = (float)DomainCopyWeight;
            for (var f = 0; f < count; f++)
            {
                result[f] += scale * weights[count + f];
            }
        }

        return result;
    }

    private static (int[] Indices, float[] Values) WithDomainCopy((int[] Indices, float[] Values) row, int count, int block, float scale) =>
        ([.. row.Indices, .. row.Indices.Select(i => i + (block * count))], [.. row.Values, .. row.Values.Select(v => v * scale)]);

    public IDataView View(MLContext ml, IEnumerable<int> rowIndices) =>
        ml.Data.LoadFromEnumerable(rowIndices.Select(i => _mlRows.Value.Rows[i]).ToList(), _mlRows.Value.Schema);
}
