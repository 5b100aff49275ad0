using System.Globalization;
using TextMiner.Storage.Sql;

namespace TextMiner.Storage.Health;

/// <summary>Checks the database file and its references: SQLite's quick check, foreign keys, findings pointing at missing paragraphs.</summary>
public sealed class IntegrityCheck
{
    private const string DanglingFindingsSql = """
        SELECT 'ratings', document_id, ordinal, paragraph FROM ratings f
        WHERE NOT EXISTS (SELECT 1 FROM paragraphs p WHERE p.document_id = f.document_id AND p.idx = f.paragraph)
        UNION ALL
        SELECT 'figures', document_id, ordinal, paragraph FROM figures f
        WHERE NOT EXISTS (SELECT 1 FROM paragraphs p WHERE p.document_id = f.document_id AND p.idx = f.paragraph)
        UNION ALL
        SELECT 'quotes', document_id, ordinal, paragraph FROM quotes f
        WHERE NOT EXISTS (SELECT 1 FROM paragraphs p WHERE p.document_id = f.document_id AND p.idx = f.paragraph)
        ORDER BY 1, 2, 3;
        """;

    private readonly SqliteDatabase database;

    internal IntegrityCheck(SqliteDatabase database)
    {
        this.database = database;
    }

    /// <summary>
    /// For a doctor check: SQLite's quick_check and foreign_key_check, plus finding rows that point at a paragraph the
    /// document does not have. Returns one line per problem; empty when the store is sound.
    /// </summary>
    public async Task<IReadOnlyList<string>> CheckIntegrityAsync(CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        var connection = await database.OpenReaderAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using (var quick = SqlCommands.Create(connection, null, "PRAGMA quick_check;"))
            using (var reader = await quick.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    var line = reader.GetString(0);
                    if (!string.Equals(line, "ok", StringComparison.Ordinal))
                    {
                        problems.Add("quick_check: " + line);
                    }
                }
            }

            using (var keys = SqlCommands.Create(connection, null, "SELECT \"table\", rowid, parent FROM pragma_foreign_key_check;"))
            using (var reader = await keys.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    problems.Add(string.Create(
                        CultureInfo.InvariantCulture,
                        $"foreign key: {reader.GetString(0)} row {reader.GetValue(1)} has no {reader.GetString(2)}"));
                }
            }

            using var dangling = SqlCommands.Create(connection, null, DanglingFindingsSql);
            using var rows = await dangling.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await rows.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                problems.Add(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{rows.GetString(0)}: document {rows.GetString(1)} finding {rows.GetInt64(2)} points at missing paragraph {rows.GetInt64(3)}"));
            }
        }

        return problems;
    }
}
