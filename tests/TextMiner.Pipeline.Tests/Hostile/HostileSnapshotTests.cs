using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using TextMiner.Core;
using TextMiner.Pipeline.Research.Snapshots;
using TextMiner.TestSupport;

namespace TextMiner.Pipeline.Tests.Hostile;

/// <summary>
/// Issue 14, row 10: a snapshot whose entry inflates far past what its manifest says is refused before or while
/// extracting, never after writing it whole; a manifest over the total cap is refused before anything is written.
/// </summary>
[CancelAfter(120_000)]
public sealed class HostileSnapshotTests
{
    private const string BombPath = "raw/ab/abcdef";
    private const int BombBytes = 64 << 20;
    private TempDirectory temp = null!;

    [SetUp]
    public void CreateTemp() => temp = new TempDirectory();

    [TearDown]
    public void DeleteTemp() => temp.Dispose();

    [Test]
    public void Restore_EntryLargerThanItsManifestSize_IsRefusedBeforeExtracting()
    {
        var zip = WriteBomb(declaredInZip: BombBytes);

        var error = Assert.ThrowsAsync<SnapshotException>(() => RestoreAsync(zip));

        Assert.Multiple(() =>
        {
            Assert.That(error!.Code, Is.EqualTo(SnapshotErrors.SizeMismatchCode));
            Assert.That(error.Message, Does.Contain(BombPath).And.Contain("10 bytes"));
            AssertNothingLeft();
        });
    }

    [Test]
    public void Restore_EntryWhoseZipHeadersLieAboutItsSize_IsStoppedWhileExtracting()
    {
        var zip = WriteBomb(declaredInZip: 10);

        var error = Assert.ThrowsAsync<SnapshotException>(() => RestoreAsync(zip));

        Assert.Multiple(() =>
        {
            Assert.That(error!.Code, Is.AnyOf(SnapshotErrors.SizeMismatchCode, SnapshotErrors.HashMismatchCode));
            Assert.That(error.Message, Does.Contain(BombPath));
            AssertNothingLeft();
        });
    }

    [Test]
    public void Restore_ManifestOverTheTotalCap_IsRefusedBeforeExtracting()
    {
        var zip = temp.Combine("huge.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            WriteManifest(archive, SnapshotRestorer.DefaultMaxTotalBytes + 1);
            using var entry = archive.CreateEntry(BombPath).Open();
            entry.Write("tiny"u8);
        }

        var error = Assert.ThrowsAsync<SnapshotException>(() => RestoreAsync(zip));

        Assert.Multiple(() =>
        {
            Assert.That(error!.Code, Is.EqualTo(SnapshotErrors.TooLargeCode));
            AssertNothingLeft();
        });
    }

    private Task RestoreAsync(string zip) =>
        SnapshotRestorer.RestoreAsync(zip, new DataDirectory(temp.Combine("restored")), TimeProvider.System, CancellationToken.None);

    private void AssertNothingLeft()
    {
        Assert.That(Directory.Exists(temp.Combine("restored")), Is.False);
        Assert.That(Directory.GetDirectories(temp.Path), Is.Empty, "no staging folder left behind");
    }

    /// <summary>A zip whose raw file inflates to 64 MiB while the manifest says 10 bytes; the zip's own headers say <paramref name="declaredInZip"/>.</summary>
    private string WriteBomb(long declaredInZip)
    {
        var zip = temp.Combine("bomb.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            WriteManifest(archive, 10);
            using var entry = archive.CreateEntry(BombPath, CompressionLevel.Optimal).Open();
            var zeros = new byte[1 << 20];
            for (var i = 0; i < BombBytes / zeros.Length; i++)
            {
                entry.Write(zeros);
            }
        }

        if (declaredInZip != BombBytes)
        {
            PatchUncompressedSize(zip, BombPath, (uint)declaredInZip);
        }

        return zip;
    }

    private static void WriteManifest(ZipArchive archive, long bytes)
    {
        var json = $$"""
            {"format":1,"toolVersion":"test","schemaVersion":1,"createdAt":"2026-01-01T00:00:00+00:00",
             "counts":{"documents":0,"paragraphs":0,"ratings":0,"figures":0,"quotes":0,"rawFiles":1,"modelFiles":0},
             "files":[{"path":"{{BombPath}}","bytes":{{bytes}},"sha256":"{{new string('0', 64)}}"}]}
            """;
        using var entry = archive.CreateEntry(SnapshotManifest.EntryName).Open();
        entry.Write(Encoding.UTF8.GetBytes(json));
    }

    /// <summary>Rewrites the uncompressed size in the entry's local header and central directory record (a forged zip).</summary>
    private static void PatchUncompressedSize(string zip, string name, uint size)
    {
        var bytes = File.ReadAllBytes(zip);
        var nameBytes = Encoding.UTF8.GetBytes(name);
        for (var i = 0; i + 46 < bytes.Length; i++)
        {
            var signature = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(i));
            var (sizeAt, nameLengthAt, nameAt) = signature switch
            {
                0x04034b50 => (22, 26, 30),
                0x02014b50 => (24, 28, 46),
                _ => (-1, -1, -1),
            };
            if (sizeAt >= 0 && bytes.AsSpan(i + nameAt, nameBytes.Length).SequenceEqual(nameBytes)
                && BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(i + nameLengthAt)) == nameBytes.Length)
            {
                BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i + sizeAt), size);
            }
        }

        File.WriteAllBytes(zip, bytes);
    }
}
