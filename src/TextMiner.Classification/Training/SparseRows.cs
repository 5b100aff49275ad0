namespace TextMiner.Classification.Training;

/// <summary>Feature rows in compressed sparse row form: every row's indices and values in two shared arrays.</summary>
internal sealed class SparseRows
{
    private readonly int[] _starts;
    private readonly int[] _indices;
    private readonly float[] _values;

    public SparseRows(int featureCount, IReadOnlyList<(int[] Indices, float[] Values)> rows)
    {
        FeatureCount = featureCount;
        _starts = new int[rows.Count + 1];
        for (var r = 0; r < rows.Count; r++)
        {
            _starts[r + 1] = _starts[r] + rows[r].Indices.Length;
        }

        _indices = new int[_starts[^1]];
        _values = new float[_starts[^1]];
        for (var r = 0; r < rows.Count; r++)
        {
            rows[r].Indices.CopyTo(_indices, _starts[r]);
            rows[r].Values.CopyTo(_values, _starts[r]);
        }
    }

    public int FeatureCount { get; }

    public int RowCount => _starts.Length - 1;

    public ReadOnlySpan<int> Indices(int row) => _indices.AsSpan(_starts[row], _starts[row + 1] - _starts[row]);

    public ReadOnlySpan<float> Values(int row) => _values.AsSpan(_starts[row], _starts[row + 1] - _starts[row]);
}
