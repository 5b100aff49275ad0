using TextMiner.Core.Records;
using TextMiner.TestSupport;

namespace TextMiner.Storage.Tests.Documents;

public sealed class IntegrityTests
{
    [Test]
    public async Task CheckIntegrityAsync_SoundStore_ReportsNothing()
    {
        using var directory = new TempDirectory();
        await using var store = await StoreFixture.OpenAsync(directory);
        await store.SaveAsync(TestDocuments.Hmip(), CancellationToken.None);

        Assert.That(await store.CheckIntegrityAsync(CancellationToken.None), Is.Empty);
    }

    [Test]
    public async Task CheckIntegrityAsync_FindingOnMissingParagraph_ReportsIt()
    {
        using var directory = new TempDirectory();
        await using var store = await StoreFixture.OpenAsync(directory);
        var document = TestDocuments.Hmip();
        var figure = new Figure(FigureKinds.Caseload, 60, null, "60 cases", new Evidence(99, 0, 8));
        await store.SaveAsync(document with { Findings = document.Findings with { Figures = [figure] } }, CancellationToken.None);

        var problems = await store.CheckIntegrityAsync(CancellationToken.None);

        Assert.That(problems, Is.EqualTo(new[] { $"figures: document {document.Document.Id} finding 0 points at missing paragraph 99" }));
    }
}
