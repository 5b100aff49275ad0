using System.Text;
using TextMiner.Core.Records;

namespace TextMiner.Core.Tests;

public sealed class RawArchiveTests
{
    private string root = null!;

    [SetUp]
    public void SetUp() => root = Path.Combine(Path.GetTempPath(), "textminer-raw-" + Guid.NewGuid().ToString("N"));

    [TearDown]
    public void TearDown()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Test]
    public async Task SaveAsync_ThenReadAsync_SameBytesUnderTheirHash()
    {
        var archive = new RawArchive(root);
        var raw = Raw("first bytes");

        await archive.SaveAsync(raw, CancellationToken.None);

        Assert.That(archive.PathFor(raw.Sha256), Is.EqualTo(Path.Combine(root, raw.Sha256[..2], raw.Sha256)));
        Assert.That(archive.Contains(raw.Sha256), Is.True);
        Assert.That(await archive.ReadAsync(raw.Sha256, CancellationToken.None), Is.EqualTo(raw.Bytes));
    }

    [Test]
    public async Task SaveAsync_SameContentTwice_OneFileAndNoTemporaryLeft()
    {
        var archive = new RawArchive(root);

        await archive.SaveAsync(Raw("same"), CancellationToken.None);
        await archive.SaveAsync(Raw("same") with { Location = "elsewhere.txt" }, CancellationToken.None);

        Assert.That(Directory.GetFiles(root, "*", SearchOption.AllDirectories), Has.Length.EqualTo(1));
    }

    [Test]
    public void Contains_UnknownHash_False() =>
        Assert.That(new RawArchive(root).Contains(ContentHash.Sha256Hex([1, 2, 3])), Is.False);

    private static RawDocument Raw(string text) =>
        new("local", "a.txt", Encoding.UTF8.GetBytes(text), "text/plain", new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero));
}
