namespace TextMiner.Fetching.Tests.FixtureSites;

/// <summary>
/// What a full crawl of each fixture site must do: the canonical URLs it fetches (pages and their PDFs, each once),
/// those robots.txt forbids, and the aliases it sets aside as duplicates of a document it already has.
/// </summary>
internal static class FixtureExpectations
{
    public static IReadOnlyList<string> Sites { get; } = [HmipSite.Name, HmipLegacySite.Name, NapoSite.Name, NapoMagazineSite.Name];

    public static (IReadOnlyList<string> Fetched, IReadOnlyList<string> Disallowed, IReadOnlyList<string> Duplicates) For(string site)
    {
        var (origin, documents, duplicates) = site switch
        {
            HmipSite.Name => (HmipSite.Origin, HmipSite.Documents, Array.Empty<string>()),
            HmipLegacySite.Name => (HmipLegacySite.Origin, HmipLegacySite.Documents, []),
            NapoSite.Name => (NapoSite.Origin, NapoSite.Documents, [NapoSite.Origin + NapoSite.NodePath(NapoSite.NodeWithListedAlias)]),
            NapoMagazineSite.Name => (NapoMagazineSite.Origin, NapoMagazineSite.Documents, []),
            _ => throw new ArgumentOutOfRangeException(nameof(site)),
        };
        var fetched = documents.Where(d => !d.Disallowed)
            .SelectMany(d => d.PdfPath is { } pdf ? [origin + d.Path, origin + pdf] : new[] { origin + d.Path })
            .ToList();
        var disallowed = documents.Where(d => d.Disallowed).Select(d => origin + d.Path).ToList();
        return (fetched, disallowed, duplicates);
    }

    /// <summary>A URL as the crawler compares URLs: no scheme, no www., no trailing slash.</summary>
    public static string Key(string url) => Core.DocumentId.Canonical(url);
}
