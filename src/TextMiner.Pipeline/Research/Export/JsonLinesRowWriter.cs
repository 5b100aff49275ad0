using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace TextMiner.Pipeline.Research.Export;

/// <summary>One JSON object a line, properties named and ordered as the columns; absent values are null, lists are arrays.</summary>
internal sealed class JsonLinesRowWriter(TextWriter output, IReadOnlyList<ExportColumn> columns) : RowWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly ArrayBufferWriter<byte> buffer = new(4096);

    public override void WriteRow(object?[] values)
    {
        buffer.ResetWrittenCount();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            for (var i = 0; i < columns.Count; i++)
            {
                WriteValue(json, columns[i].Name, values[i]);
            }

            json.WriteEndObject();
        }

        output.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
        output.Write('\n');
    }

    public override Task FlushAsync(CancellationToken cancellationToken) => output.FlushAsync(cancellationToken);

    private static void WriteValue(Utf8JsonWriter json, string name, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNull(name);
                break;
            case int number:
                json.WriteNumber(name, number);
                break;
            case long number:
                json.WriteNumber(name, number);
                break;
            case double number:
                json.WriteNumber(name, number);
                break;
            case IReadOnlyList<string> labels:
                json.WriteStartArray(name);
                foreach (var label in labels)
                {
                    json.WriteStringValue(label);
                }

                json.WriteEndArray();
                break;
            default:
                json.WriteString(name, ExportValues.Format(value));
                break;
        }
    }
}
