using Microsoft.Data.Sqlite;
using TextMiner.Core.Records;
using TextMiner.Storage.Json;
using TextMiner.Storage.Sql;

namespace TextMiner.Storage.Documents;

/// <summary>
/// Maps finding rows to Core records. Each reader takes the column where the finding's own columns start, so the same
/// mapping serves the per-document reads and the provenance joins of the query helpers.
/// </summary>
internal static class FindingRows
{
    public const string RatingColumns = $"value, aspect, subject, evidence, {EvidenceColumns.Names}, rule, confidence";

    public const string FigureColumns = $"kind, value, subject, evidence, {EvidenceColumns.Names}, rule, confidence";

    public const string QuoteColumns = $"speaker, role, organisation, text, {EvidenceColumns.Names}, themes, rule, confidence";

    public static Rating Rating(SqliteDataReader row, int at) => new(
        Value: row.GetString(at),
        Aspect: row.GetString(at + 1),
        Subject: row.GetStringOrNull(at + 2),
        Excerpt: row.GetString(at + 3),
        Evidence: EvidenceColumns.Read(row, at + 4))
    {
        Rule = row.GetString(at + 7),
        Confidence = row.GetDouble(at + 8),
    };

    public static Figure Figure(SqliteDataReader row, int at) => new(
        Kind: row.GetString(at),
        Value: row.GetDouble(at + 1),
        Subject: row.GetStringOrNull(at + 2),
        Excerpt: row.GetString(at + 3),
        Evidence: EvidenceColumns.Read(row, at + 4))
    {
        Rule = row.GetString(at + 7),
        Confidence = row.GetDouble(at + 8),
    };

    public static Quote Quote(SqliteDataReader row, int at) => new(
        Speaker: row.GetStringOrNull(at),
        Role: row.GetStringOrNull(at + 1),
        Organisation: row.GetStringOrNull(at + 2),
        Text: row.GetString(at + 3),
        Evidence: EvidenceColumns.Read(row, at + 4),
        Themes: StorageJson.Themes(row.GetString(at + 7)))
    {
        Rule = row.GetString(at + 8),
        Confidence = row.GetDouble(at + 9),
    };
}
