using TextMiner.TestSupport;

namespace TextMiner.Storage.Tests.Schema;

/// <summary>
/// Pins the database schema: the CREATE statements SQLite holds after every migration, against the committed
/// schema.approved.sql. A change to the schema must come with a new migration and an updated approved file; on a
/// mismatch the test writes schema.received.sql beside it to diff (see <see cref="Approval"/> to approve).
/// </summary>
[Category(Approval.Category)]
public sealed class SchemaApprovalTests
{
    [Test]
    public async Task Schema_AfterAllMigrations_MatchesApprovedFile()
    {
        using var directory = new TempDirectory();
        await using var store = await StoreFixture.OpenAsync(directory);

        var statements = await StoreFixture.StringsAsync(
            store.DatabasePath,
            "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY type DESC, name");
        var received = string.Join("\n\n", statements.Select(s => s.ReplaceLineEndings("\n") + ";")) + "\n";
        Approval.Verify(received, "tests/TextMiner.Storage.Tests/schema.approved.sql");
    }
}
