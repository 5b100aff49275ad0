using TextMiner.TestSupport;

namespace TextMiner.Storage.Tests.Schema;

/// <summary>
/// Pins the database schema: the CREATE statements SQLite holds after every migration, against the committed
/// schema.approved.sql. A change to the schema must come with a new migration and an updated approved file; on a
/// mismatch the test writes schema.received.sql beside the test assembly to diff and copy.
/// </summary>
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
        var approved = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "schema.approved.sql")).ReplaceLineEndings("\n");
        if (received != approved)
        {
            await File.WriteAllTextAsync(Path.Combine(AppContext.BaseDirectory, "schema.received.sql"), received);
        }

        Assert.That(received, Is.EqualTo(approved));
    }
}
