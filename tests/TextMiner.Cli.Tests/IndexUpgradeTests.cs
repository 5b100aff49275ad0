using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using TextMiner.TestSupport;

namespace TextMiner.Cli.Tests;

/// <summary>
/// A data directory whose index an older TextMiner wrote in another layout: `search` refuses it and says to reindex;
/// the next verb that opens the workspace rebuilds it from the store, and searching works again.
/// </summary>
public sealed class IndexUpgradeTests
{
    [Test]
    public async Task OldLayoutIndex_SearchSaysReindex_ThenStatsRebuildsItFromTheStore()
    {
        using var temp = new TempDirectory();
        var cli = new CliRunner(temp.Combine("data"));
        var docs = temp.Combine("docs");
        System.IO.Directory.CreateDirectory(docs);
        foreach (var file in System.IO.Directory.GetFiles(Corpus.Path("seeds")))
        {
            File.Copy(file, Path.Combine(docs, Path.GetFileName(file)));
        }

        await cli.RunAsync("ingest", docs);
        var before = await cli.RunAsync("search", "victims", "--json");
        ReplaceWithOldLayoutIndex(temp.Combine("data", "index"));

        var refused = await cli.RunAsync("search", "victims", "--json");
        var stats = await cli.RunAsync("stats");
        var after = await cli.RunAsync("search", "victims", "--json");

        Assert.Multiple(() =>
        {
            Assert.That(refused.ExitCode, Is.EqualTo(ExitCodes.CannotRun), refused.ToString());
            Assert.That(refused.Error, Does.Contain("textminer reindex"));
            Assert.That(stats.ExitCode, Is.EqualTo(ExitCodes.Success), stats.ToString());
            Assert.That(after.ExitCode, Is.EqualTo(ExitCodes.Success), after.ToString());
            Assert.That(after.Output, Is.EqualTo(before.Output), "the rebuilt index answers as the one the ingest wrote");
        });
    }

    /// <summary>An index with units but no recorded format, as every index before formats were recorded.</summary>
    private static void ReplaceWithOldLayoutIndex(string path)
    {
        System.IO.Directory.Delete(path, recursive: true);
        using var directory = FSDirectory.Open(new DirectoryInfo(path));
        using var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new StandardAnalyzer(LuceneVersion.LUCENE_48)));
        writer.AddDocument(new Document
        {
            new StringField("unit", "paragraph", Field.Store.YES),
            new TextField("text", "victims", Field.Store.YES),
        });
        writer.Commit();
    }
}
