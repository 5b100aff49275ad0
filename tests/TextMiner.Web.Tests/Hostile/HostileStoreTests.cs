using System.Net;
using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using TextMiner.Core;
using TextMiner.Storage;
using TextMiner.TestSupport;
using TextMiner.Web.Tests.Fixtures;

namespace TextMiner.Web.Tests.Hostile;

/// <summary>
/// Issue 14, row 7: `serve` opens the store read-only and never migrates it. A read-only data directory is served
/// without a byte of it changing; a store at an older schema gets a clear 503 telling the user to run a verb that writes.
/// </summary>
[CancelAfter(120_000)]
internal sealed class HostileStoreTests
{
    private TempDirectory temp = null!;

    [SetUp]
    public void CreateTemp() => temp = new TempDirectory();

    [TearDown]
    public void DeleteTemp()
    {
        SqliteConnection.ClearAllPools();
        foreach (var entry in Directory.EnumerateFileSystemEntries(temp.Path, "*", SearchOption.AllDirectories).Prepend(temp.Path))
        {
            SetMode(entry, Directory.Exists(entry) ? (UnixFileMode)0b111_000_000 : (UnixFileMode)0b110_000_000);
        }

        temp.Dispose();
    }

    [TestCase("")]
    [TestCase("figures")]
    [TestCase("api/figures")]
    [TestCase("api/quotes?q=victims")]
    [TestCase("search?q=victims")]
    public async Task Serve_ReadOnlyDataDirectory_AnswersAndChangesNothing(string path)
    {
        var data = await TestCorpus.WriteAsync(temp.Combine("data"));
        await ExecuteAsync(data, "PRAGMA journal_mode = DELETE;");
        MakeReadOnly(data.Root);
        var before = Fingerprint(data.Root);

        var server = await WebServer.StartAsync(data);
        await using (server)
        {
            using var response = await server.Client.GetAsync(new Uri(path, UriKind.Relative));

            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        }

        SqliteConnection.ClearAllPools();
        Assert.That(Fingerprint(data.Root), Is.EqualTo(before), "no file created, changed or removed (no WAL switch, no migration)");
    }

    [TestCase("figures", "text/html")]
    [TestCase("api/figures", "application/json")]
    public async Task Serve_OlderSchema_Is503TellingToRunAWriteVerbAndDoesNotMigrate(string path, string type)
    {
        var data = await TestCorpus.WriteAsync(temp.Combine("data"));
        var older = DocumentStore.SchemaVersion - 1;
        await ExecuteAsync(data, $"DELETE FROM schema_version WHERE version > {older};");

        var server = await WebServer.StartAsync(data);
        await using (server)
        {
            using var response = await server.Client.GetAsync(new Uri(path, UriKind.Relative));
            var body = await response.Content.ReadAsStringAsync();

            Assert.Multiple(async () =>
            {
                Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
                Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo(type));
                Assert.That(body, Does.Contain(StorageErrors.SchemaTooOldCode).Or.Contain("schema version " + older));
                Assert.That(body, Does.Contain("textminer reindex"));
                Assert.That(body, Does.Not.Contain(temp.Path));
                Assert.That(await SchemaVersionAsync(data), Is.EqualTo(older), "serve never migrates");
            });
        }
    }

    private static async Task ExecuteAsync(DataDirectory data, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={data.DatabasePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> SchemaVersionAsync(DataDirectory data)
    {
        await using var connection = new SqliteConnection($"Data Source={data.DatabasePath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT MAX(version) FROM schema_version;";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>r-x for folders, r-- for files (root ignores modes, so the fingerprint is what proves nothing was written).</summary>
    private static void MakeReadOnly(string root)
    {
        foreach (var entry in Directory.EnumerateFileSystemEntries(root, "*", SearchOption.AllDirectories).Append(root))
        {
            SetMode(entry, Directory.Exists(entry) ? (UnixFileMode)0b101_000_000 : (UnixFileMode)0b100_000_000);
        }
    }

    private static void SetMode(string path, UnixFileMode mode)
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, mode);
        }
    }

    private static Dictionary<string, string> Fingerprint(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))), StringComparer.Ordinal);
}
