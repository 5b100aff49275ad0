using Microsoft.Data.Sqlite;
using TextMiner.Core.Records;
using TextMiner.Storage.Sql;

namespace TextMiner.Storage.Documents;

/// <summary>The one mapping of <see cref="Evidence"/> to the ratings, figures and quotes tables: three adjacent columns.</summary>
internal static class EvidenceColumns
{
    public const string Names = "paragraph, start_offset, end_offset";

    public const string Parameters = "$paragraph, $start, $end";

    public static Evidence Read(SqliteDataReader row, int at) => new(row.GetInt32(at), row.GetInt32(at + 1), row.GetInt32(at + 2));

    public static void Set(SqliteCommand command, Evidence evidence)
    {
        command.Set("$paragraph", evidence.Paragraph);
        command.Set("$start", evidence.Start);
        command.Set("$end", evidence.End);
    }
}
