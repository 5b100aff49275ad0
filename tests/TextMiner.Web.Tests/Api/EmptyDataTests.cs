using System.Net;
using TextMiner.Core;
using TextMiner.TestSupport;
using TextMiner.Web.Tests.Fixtures;

namespace TextMiner.Web.Tests.Api;

/// <summary>Before any ingest: the pages say so, and the data directory is left untouched.</summary>
internal sealed class EmptyDataTests
{
    [TestCase("/")]
    [TestCase("/search?q=victims")]
    [TestCase("/figures")]
    [TestCase("/documents/0123456789abcdef")]
    public async Task Page_MissingDataDirectory_SaysNothingIngestedAndCreatesNothing(string path)
    {
        using var temp = new TempDirectory();
        var data = new DataDirectory(temp.Combine("never-created"));
        var server = await WebServer.StartAsync(data);
        await using (server)
        {
            using var response = await server.Client.GetAsync(new Uri(path, UriKind.Relative));
            var html = await response.Content.ReadAsStringAsync();

            Assert.Multiple(() =>
            {
                Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
                Assert.That(html, Does.Contain("Nothing ingested yet").And.Contain("textminer ingest"));
                Assert.That(Directory.Exists(data.Root), Is.False);
            });
        }
    }

    [Test]
    public async Task Api_EmptyDataDirectory_ReportsNothingIngested()
    {
        using var temp = new TempDirectory();
        var data = new DataDirectory(temp.Combine("data")).EnsureCreated();
        var server = await WebServer.StartAsync(data);
        await using (server)
        {
            var body = await server.Client.GetStringAsync(new Uri("/api/quotes?q=victims", UriKind.Relative));

            Assert.That(body, Does.Contain("\"nothingIngested\":true"));
            Assert.That(File.Exists(data.DatabasePath), Is.False);
        }
    }

    [TestCase("/figures", "text/html")]
    [TestCase("/api/figures", "application/json")]
    public async Task Page_DatabaseFileIsNotSqlite_FriendlyUnavailableWithoutStackTrace(string path, string mediaType)
    {
        using var temp = new TempDirectory();
        var data = new DataDirectory(temp.Combine("data")).EnsureCreated();
        await File.WriteAllTextAsync(data.DatabasePath, "this is not a database, it is a text file that happens to have the name");
        var server = await WebServer.StartAsync(data);
        await using (server)
        {
            using var response = await server.Client.GetAsync(new Uri(path, UriKind.Relative));
            var body = await response.Content.ReadAsStringAsync();

            Assert.Multiple(() =>
            {
                Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
                Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo(mediaType));
                Assert.That(body, Does.Contain(TextMiner.Storage.StorageErrors.NotADatabaseCode.Split('.')[0]).Or.Contain("not a TextMiner SQLite database"));
                Assert.That(body, Does.Not.Contain("   at ").And.Not.Contain("Exception"));
            });
        }
    }
}
