using System.IO.Compression;
using TextMiner.Classification.Model;
using TextMiner.Core;
using TextMiner.Pipeline.Research.Export;
using TextMiner.Pipeline.Research.Snapshots;
using TextMiner.Search;
using TextMiner.Search.Presentation;
using TextMiner.TestSupport;

namespace TextMiner.Pipeline.Tests.Research;

/// <summary>A snapshot restored into an empty directory answers queries identically; a tampered one is refused whole.</summary>
public sealed class SnapshotTests
{
    private static readonly DateTimeOffset Created = new(2026, 11, 22, 21, 0, 0, TimeSpan.Zero);
    private TempDirectory temp = null!;
    private Workspace workspace = null!;
    private string zip = null!;
    private SnapshotManifest manifest = null!;

    [OneTimeSetUp]
    public async Task CreateSnapshot()
    {
        temp = new TempDirectory();
        workspace = await SeedWorkspace.CreateAsync(temp.Combine("data"));
        zip = temp.Combine("snapshots", "study.zip");
        manifest = await SnapshotWriter.WriteAsync(workspace.Data, workspace.Store, zip, new FixedClock(Created), CancellationToken.None);
    }

    [OneTimeTearDown]
    public async Task DisposeWorkspace()
    {
        await workspace.DisposeAsync();
        temp.Dispose();
    }

    [Test]
    public async Task Write_Manifest_VersionsCountsAndEveryFileHashed()
    {
        var store = await workspace.Store.GetStatisticsAsync(CancellationToken.None);
        var rawFiles = Directory.GetFiles(workspace.Data.RawPath, "*", SearchOption.AllDirectories);
        var modelFiles = Directory.GetFiles(workspace.Data.ModelsPath, "*", SearchOption.AllDirectories);

        Assert.That(manifest.CreatedAt, Is.EqualTo(Created));
        Assert.That(manifest.SchemaVersion, Is.EqualTo(TextMiner.Storage.DocumentStore.SchemaVersion));
        Assert.That(manifest.ToolVersion, Is.Not.Empty);
        Assert.That(manifest.Counts, Is.EqualTo(new SnapshotCounts(store.Documents, store.Paragraphs, store.Ratings, store.Figures, store.Quotes, rawFiles.Length, modelFiles.Length)));
        using var archive = ZipFile.OpenRead(zip);
        Assert.That(archive.Entries.Select(e => e.FullName), Is.EquivalentTo(manifest.Files.Select(f => f.Path).Append(SnapshotManifest.EntryName)));
        Assert.That(manifest.Files.Select(f => f.Path), Does.Contain(SnapshotManifest.DatabaseEntry).And.Contain("models/" + ThemeModelFiles.ModelFileName));
        Assert.That(
            manifest.Files.Where(f => f.Path.StartsWith("raw/", StringComparison.Ordinal)).Select(f => f.Sha256),
            Is.EquivalentTo(rawFiles.Select(Path.GetFileName)),
            "raw files are named by the sha256 of their bytes");
    }

    [Test]
    public async Task Restore_EmptyDirectory_AnswersQueriesIdentically()
    {
        var target = new DataDirectory(temp.Combine("restored-" + Guid.NewGuid().ToString("N")));
        var result = await SnapshotRestorer.RestoreAsync(zip, target, TimeProvider.System, CancellationToken.None);
        await using var restored = await Workspace.OpenAsync(target, TimeProvider.System, CancellationToken.None);

        Assert.That(result.DocumentsIndexed, Is.EqualTo(manifest.Counts.Documents));
        foreach (var unit in Enum.GetValues<Unit>())
        {
            foreach (var query in new[] { "", "probation", "staff*", "\"chief executive\"", "napo AND NOT workload" })
            {
                var request = new SearchRequest(query, unit, Limit: 50);
                Assert.That(Json(restored.Index.Search(request)), Is.EqualTo(Json(workspace.Index.Search(request))), $"{unit} {query}");
            }
        }

        foreach (var what in Enum.GetValues<ExportWhat>())
        {
            Assert.That(await ExportAsync(restored, what), Is.EqualTo(await ExportAsync(workspace, what)), what.ToString());
        }

        Assert.That(
            await File.ReadAllBytesAsync(ThemeModelFiles.ModelPath(target.ModelsPath)),
            Is.EqualTo(await File.ReadAllBytesAsync(ThemeModelFiles.ModelPath(workspace.Data.ModelsPath))));
    }

    [Test]
    public void Restore_NonEmptyTarget_Refused()
    {
        var target = temp.Combine("occupied");
        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Combine(target, "notes.txt"), "mine");

        var error = Assert.ThrowsAsync<SnapshotException>(() =>
            SnapshotRestorer.RestoreAsync(zip, new DataDirectory(target), TimeProvider.System, CancellationToken.None));

        Assert.That(error!.Code, Is.EqualTo(SnapshotErrors.TargetNotEmptyCode));
        Assert.That(Directory.GetFileSystemEntries(target), Is.EqualTo(new[] { Path.Combine(target, "notes.txt") }));
    }

    [Test]
    public void Restore_TamperedRawFile_RefusedNamingFileAndNothingLeft()
    {
        var rawEntry = manifest.Files.First(f => f.Path.StartsWith("raw/", StringComparison.Ordinal)).Path;
        var tampered = Tamper(rawEntry, archive =>
        {
            // Same length, one byte changed: only the hash can tell (a different length is refused as size-mismatch).
            var original = archive.GetEntry(rawEntry)!;
            var bytes = new byte[original.Length];
            using (var read = original.Open())
            {
                read.ReadExactly(bytes);
            }

            bytes[0] ^= 0x20;
            original.Delete();
            using var write = archive.CreateEntry(rawEntry).Open();
            write.Write(bytes);
        });
        var parent = temp.Combine("tampered-target-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(parent);
        var target = Path.Combine(parent, "data");

        var error = Assert.ThrowsAsync<SnapshotException>(() =>
            SnapshotRestorer.RestoreAsync(tampered, new DataDirectory(target), TimeProvider.System, CancellationToken.None));

        Assert.That(error!.Code, Is.EqualTo(SnapshotErrors.HashMismatchCode));
        Assert.That(error.Message, Does.Contain(rawEntry));
        Assert.That(Directory.GetFileSystemEntries(parent), Is.Empty, "nothing half-restored");
    }

    [Test]
    public void Restore_UnlistedFile_Refused()
    {
        var tampered = Tamper("extra", archive =>
        {
            using var writer = new StreamWriter(archive.CreateEntry("raw/00/extra").Open());
            writer.Write("not in the manifest");
        });

        var error = Assert.ThrowsAsync<SnapshotException>(() => SnapshotRestorer.RestoreAsync(
            tampered, new DataDirectory(temp.Combine("unlisted-" + Guid.NewGuid().ToString("N"))), TimeProvider.System, CancellationToken.None));

        Assert.That(error!.Code, Is.EqualTo(SnapshotErrors.UnlistedFileCode));
        Assert.That(error.Message, Does.Contain("raw/00/extra"));
    }

    [Test]
    public void Restore_MissingDatabase_Refused()
    {
        var tampered = Tamper("nodb", archive => archive.GetEntry(SnapshotManifest.DatabaseEntry)!.Delete());

        var error = Assert.ThrowsAsync<SnapshotException>(() => SnapshotRestorer.RestoreAsync(
            tampered, new DataDirectory(temp.Combine("nodb-" + Guid.NewGuid().ToString("N"))), TimeProvider.System, CancellationToken.None));

        Assert.That(error!.Code, Is.EqualTo(SnapshotErrors.MissingFileCode));
        Assert.That(error.Message, Does.Contain(SnapshotManifest.DatabaseEntry));
    }

    [Test]
    public void Restore_NotAZip_Refused()
    {
        var file = temp.Combine("not-a-zip.zip");
        File.WriteAllText(file, "plain text");

        var error = Assert.ThrowsAsync<SnapshotException>(() => SnapshotRestorer.RestoreAsync(
            file, new DataDirectory(temp.Combine("nozip-" + Guid.NewGuid().ToString("N"))), TimeProvider.System, CancellationToken.None));

        Assert.That(error!.Code, Is.EqualTo(SnapshotErrors.NotASnapshotCode));
    }

    private string Tamper(string name, Action<ZipArchive> change)
    {
        var copy = temp.Combine("tampered-" + name.Replace('/', '_') + "-" + Guid.NewGuid().ToString("N") + ".zip");
        File.Copy(zip, copy);
        using (var archive = ZipFile.Open(copy, ZipArchiveMode.Update))
        {
            change(archive);
        }

        return copy;
    }

    private static string Json(SearchResponse response)
    {
        var writer = new StringWriter();
        SearchResponseJson.Write(response, writer);
        return writer.ToString();
    }

    private static async Task<string> ExportAsync(Workspace source, ExportWhat what)
    {
        var writer = new StringWriter();
        await new Exporter(source.Store, source.Index).ExportAsync(new ExportRequest(what, ExportFormat.Jsonl), writer, CancellationToken.None);
        return writer.ToString();
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
