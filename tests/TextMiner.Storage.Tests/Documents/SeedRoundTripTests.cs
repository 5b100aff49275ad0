using TextMiner.Core;
using TextMiner.Core.Records;
using TextMiner.TestSupport;

namespace TextMiner.Storage.Tests.Documents;

/// <summary>Every real seed document (curly quotes, dashes, pound signs, long paragraphs) survives the store unchanged.</summary>
public sealed class SeedRoundTripTests
{
    private static IEnumerable<string> Seeds() =>
        Directory.GetFiles(Corpus.Path("seeds"), "*.txt").Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    [TestCaseSource(nameof(Seeds))]
    public async Task SaveAsync_Seed_GetAsyncReturnsTheSameText(string seed)
    {
        using var directory = new TempDirectory();
        await using var store = await StoreFixture.OpenAsync(directory);
        var path = Corpus.Path("seeds", seed);
        var paragraphs = TestDocuments.SeedParagraphs(seed);
        var document = new AnalysedDocument(
            new Document(DocumentId.For(path), ContentHash.Sha256Hex(File.ReadAllBytes(path)), "seeds", path, paragraphs[0].Text, null, DocumentKinds.Document, paragraphs),
            Findings.Empty,
            [],
            paragraphs.Select(_ => (IReadOnlyList<ThemeScore>)[]).ToArray(),
            StoreFixture.Epoch);

        await store.SaveAsync(document, CancellationToken.None);
        var read = await store.GetAsync(document.Document.Id, CancellationToken.None);

        Assert.That(
            string.Join("\n\n", read!.Document.Paragraphs.Select(p => p.Text)),
            Is.EqualTo(string.Join("\n\n", File.ReadAllLines(path).Select(l => l.Trim()).Where(l => l.Length > 0))));
        Assert.That(Json.Of(read), Is.EqualTo(Json.Of(document)));
    }
}
