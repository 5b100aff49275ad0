using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace TextMiner.Pipeline.Research.Export;

/// <summary>
/// RFC 4180: comma separated, CRLF line ends, a header row, fields quoted when they hold a comma, quote or line break;
/// text cells neutralised against formula injection (<see cref="CsvInjection"/>).
/// </summary>
internal sealed class CsvRowWriter : RowWriter
{
    private readonly TextWriter output;
    private readonly CsvWriter csv;
    private readonly bool[] isText;

    public CsvRowWriter(TextWriter output, IReadOnlyList<ExportColumn> columns)
    {
        this.output = output;
        isText = columns.Select(c => c.Type is ExportColumnType.Text or ExportColumnType.List).ToArray();
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            NewLine = "\r\n",
            Delimiter = ",",
            Quote = '"',

            // CsvHelper, given an explicit NewLine, would only quote fields holding "\r\n"; a lone "\n" must be quoted too.
            ShouldQuote = args => NeedsQuotes(args.Field),
        };
        csv = new CsvWriter(output, configuration, leaveOpen: true);
        foreach (var column in columns)
        {
            csv.WriteField(column.Name);
        }

        csv.NextRecord();
    }

    public override void WriteRow(object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            var field = ExportValues.Format(values[i]);
            csv.WriteField(isText[i] ? CsvInjection.Neutralise(field) : field);
        }

        csv.NextRecord();
    }

    public override async Task FlushAsync(CancellationToken cancellationToken)
    {
        await csv.FlushAsync().ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    public override void Dispose() => csv.Dispose();

    private static bool NeedsQuotes(string? field) =>
        !string.IsNullOrEmpty(field)
        && (field.AsSpan().IndexOfAny(",\"\r\n") >= 0 || char.IsWhiteSpace(field[0]) || char.IsWhiteSpace(field[^1]));
}
