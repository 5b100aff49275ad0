using TextMiner.Pipeline.Ingest;
using TextMiner.TestSupport;

namespace TextMiner.Cli.Tests.Hostile;

/// <summary>
/// Issue 14, row 11: `ingest` over a folder holding a symbolic link to its own parent visits each folder once (by its
/// real path), and a 5 GB file is skipped with one clear line, by size alone, without being read.
/// </summary>
[CancelAfter(300_000)]
public sealed class HostileIngestTests
{
    private TempDirectory temp = null!;
    private CliRunner cli = null!;

    [SetUp]
    public void SetUp()
    {
        temp = new TempDirectory();
        cli = new CliRunner(temp.Combine("data"));
    }

    [TearDown]
    public void TearDown() => temp.Dispose();

    [Test]
    public void Expand_SymlinkLoopsAndSecondRoutes_ListEachFileOnce()
    {
        var docs = Directory.CreateDirectory(temp.Combine("docs", "inner")).Parent!.FullName;
        File.WriteAllText(Path.Combine(docs, "a.txt"), "A");
        File.WriteAllText(Path.Combine(docs, "inner", "b.txt"), "B");
        Directory.CreateSymbolicLink(Path.Combine(docs, "inner", "up"), docs);
        Directory.CreateSymbolicLink(Path.Combine(docs, "again"), Path.Combine(docs, "inner"));
        Directory.CreateSymbolicLink(Path.Combine(docs, "self"), Path.Combine(docs, "self"));

        var files = LocalFiles.Expand([docs]);

        Assert.That(files.Select(Path.GetFileName), Is.EquivalentTo(new[] { "a.txt", "b.txt" }));
    }

    [Test]
    public async Task Ingest_FolderWithALinkToItsParentAndA5GbFile_TakesEachDocumentOnceAndSkipsTheBigOne()
    {
        var docs = Directory.CreateDirectory(temp.Combine("docs"));
        File.Copy(Corpus.Path("seeds", "003_60c6e7e09c21e100.txt"), Path.Combine(docs.FullName, "london.txt"));
        var sub = docs.CreateSubdirectory("sub");
        Directory.CreateSymbolicLink(Path.Combine(sub.FullName, "parent"), docs.FullName);
        var big = Path.Combine(sub.FullName, "huge.pdf");
        using (var sparse = new FileStream(big, FileMode.CreateNew))
        {
            sparse.SetLength(5_000_000_000);
        }

        var run = await cli.RunAsync("ingest", docs.FullName);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.ToString());
            Assert.That(run.OutputLines.Last(), Is.EqualTo("1 new, 0 updated, 0 unchanged, 0 failed, 1 skipped"), run.ToString());
            Assert.That(run.Error, Does.Contain(big + ": file-too-large: 5,000,000,000 bytes is over the 268,435,456-byte limit"));
        });
    }

    [Test]
    public async Task Ingest_MaxFileMb_IsTheLimit()
    {
        var docs = Directory.CreateDirectory(temp.Combine("docs"));
        File.Copy(Corpus.Path("seeds", "003_60c6e7e09c21e100.txt"), Path.Combine(docs.FullName, "london.txt"));
        var padded = Path.Combine(docs.FullName, "padded.txt");
        File.WriteAllText(padded, new string('x', (1 << 20) + 1));

        var run = await cli.RunAsync("ingest", docs.FullName, "--max-file-mb", "1");

        Assert.Multiple(() =>
        {
            Assert.That(run.OutputLines.Last(), Is.EqualTo("1 new, 0 updated, 0 unchanged, 0 failed, 1 skipped"), run.ToString());
            Assert.That(run.Error, Does.Contain(padded + ": file-too-large:").And.Contain("1,048,576-byte limit"));
        });
    }
}
