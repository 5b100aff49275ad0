using TextMiner.Core;
using TextMiner.Core.Records;
using TextMiner.Search;
using TextMiner.Storage;
using TextMiner.TestSupport;
using TextMiner.Web.Tests.Fixtures;

namespace TextMiner.Web.Tests.Api;

/// <summary>The document page says where a document came from: a demo document as such, and every place its bytes were found.</summary>
internal sealed class DocumentProvenancePageTests
{
    private const string First = "/srv/demo/northmoor.txt";
    private const string Copy = "https://example.org/mirror/northmoor.txt";

    [Test]
    public async Task DocumentPage_SyntheticDocumentWithTwoLocations_SaysSoAndListsBoth()
    {
        using var temp = new TempDirectory();
        var data = new DataDirectory(temp.Combine("data")).EnsureCreated();
        var id = DocumentId.For(First);
        var document = DocumentBuilder
            .FromSeed("003_60c6e7e09c21e100.txt", id, "synthetic", DocumentKinds.PressRelease, First, new DateOnly(2024, 3, 1))
            .Build();
        var store = await DocumentStore.OpenAsync(data.DatabasePath, TimeProvider.System, CancellationToken.None);
        await using (store)
        {
            await store.SaveAsync(document, CancellationToken.None);
            Assert.That(await store.FindByContentAsync(document.Document.Version, DocumentId.For(Copy), CancellationToken.None), Is.EqualTo(id));
            Assert.That(await store.AddLocationAsync(id, Copy, "synthetic", CancellationToken.None), Is.True);
            Assert.That(await store.AddLocationAsync(id, Copy, "synthetic", CancellationToken.None), Is.False, "a location is recorded once");
            using var index = SearchIndex.Open(data.IndexPath);
            index.Replace((await store.GetAsync(id, CancellationToken.None))!);
            index.Commit();
        }

        await using var server = await WebServer.StartAsync(data);
        var html = await server.Client.GetStringAsync(new Uri("/documents/" + id, UriKind.Relative));

        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Contain("<dt>Source</dt><dd>synthetic (written for the demo; not a real publication)</dd>"));
            Assert.That(html, Does.Contain("<dt>Also at</dt><dd><a href=\"" + Copy + "\""));
        });
    }
}
