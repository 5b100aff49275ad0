namespace TextMiner.Pipeline.Research.Export;

/// <summary>Writes export rows in one format to a text writer.</summary>
internal abstract class RowWriter : IDisposable
{
    public static RowWriter Create(ExportFormat format, TextWriter output, IReadOnlyList<ExportColumn> columns) => format switch
    {
        ExportFormat.Csv => new CsvRowWriter(output, columns),
        ExportFormat.Jsonl => new JsonLinesRowWriter(output, columns),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    public abstract void WriteRow(object?[] values);

    public abstract Task FlushAsync(CancellationToken cancellationToken);

    public virtual void Dispose()
    {
    }
}
