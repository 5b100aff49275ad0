namespace TextMiner.Core.Tests;

public sealed class DataDirectoryTests
{
    [Test]
    public void Resolve_ExplicitRootWinsOverEnvironment() =>
        Assert.That(DataDirectory.Resolve("/srv/a", "/srv/b").Root, Is.EqualTo(Path.GetFullPath("/srv/a")));

    [Test]
    public void Resolve_NoExplicitRoot_UsesEnvironment() =>
        Assert.That(DataDirectory.Resolve(" ", "/srv/b").Root, Is.EqualTo(Path.GetFullPath("/srv/b")));

    [Test]
    public void Resolve_Neither_IsDataUnderTheWorkingDirectory() =>
        Assert.That(DataDirectory.Resolve(null, null).Root, Is.EqualTo(Path.GetFullPath(DataDirectory.DefaultRoot)));

    [Test]
    public void Paths_AreTheDocumentedLayout()
    {
        var data = new DataDirectory("/srv/data");

        Assert.That(
            new[] { data.DatabasePath, data.IndexPath, data.RawPath, data.ModelsPath, data.RunsPath },
            Is.EqualTo(new[] { "textminer.db", "index", "raw", "models", "runs" }.Select(p => Path.Combine("/srv/data", p))));
    }

    [Test]
    public void EnsureCreated_CreatesEveryFolder()
    {
        var root = Path.Combine(Path.GetTempPath(), "textminer-core-" + Guid.NewGuid().ToString("N"));
        try
        {
            var data = new DataDirectory(root).EnsureCreated();

            Assert.That(new[] { data.IndexPath, data.RawPath, data.ModelsPath, data.RunsPath }.All(Directory.Exists), Is.True);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
