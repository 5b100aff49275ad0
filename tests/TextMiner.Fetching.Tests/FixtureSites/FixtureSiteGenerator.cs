namespace TextMiner.Fetching.Tests.FixtureSites;

/// <summary>
/// Regenerates corpus/sites/ from the tables in this folder. Run by hand after changing a table:
/// <c>TEXTMINER_REPO=$PWD dotnet test tests/TextMiner.Fetching.Tests --filter FullyQualifiedName~FixtureSiteGenerator</c>.
/// </summary>
[TestFixture]
[Explicit("Writes into the source tree")]
public sealed class FixtureSiteGenerator
{
    [Test]
    public void Generate_AllSites_WritesCorpusSites()
    {
        var repo = Environment.GetEnvironmentVariable("TEXTMINER_REPO") ?? throw new InvalidOperationException("Set TEXTMINER_REPO to the repository root.");
        var sites = Path.Combine(repo, "corpus", "sites");
        foreach (var (name, write) in new (string, Action<SiteWriter>)[]
                 {
                     (HmipSite.Name, HmipSite.Write),
                     (HmipLegacySite.Name, HmipLegacySite.Write),
                     (NapoSite.Name, NapoSite.Write),
                     (NapoMagazineSite.Name, NapoMagazineSite.Write),
                 })
        {
            var root = Path.Combine(sites, name);
            if (Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }

            write(new SiteWriter(root));
        }

        Assert.That(Directory.EnumerateFiles(sites, "*", SearchOption.AllDirectories).Count(), Is.GreaterThan(40));
    }
}
