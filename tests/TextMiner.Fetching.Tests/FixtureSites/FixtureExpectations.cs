namespace TextMiner.Fetching.Tests.FixtureSites;

/// <summary>The canonical URLs a full crawl of each fixture site must fetch, and those robots.txt forbids.</summary>
internal static class FixtureExpectations
{
    public static IReadOnlyList<string> Sites { get; } = [HmipSite.Name, HmipLegacySite.Name, NapoSite.Name, NapoMagazineSite.Name];

    public static (IReadOnlyList<string> Fetched, IReadOnlyList<string> Disallowed) For(string site) => site switch
    {
        HmipSite.Name => Split(HmipSite.Origin, HmipSite.Documents, HmipSiteWriter.DocumentPath, HmipSiteWriter.PdfPath),
        HmipLegacySite.Name => Merge(
            Split(HmipLegacySite.Origin, HmipLegacySite.PressReleases, HmipLegacySiteWriter.PressReleasePath, HmipLegacySiteWriter.PdfPath),
            Split(HmipLegacySite.Origin, HmipLegacySite.Inspections, HmipLegacySiteWriter.InspectionPath, HmipLegacySiteWriter.PdfPath)),
        NapoSite.Name => Merge(
            Split(NapoSite.Origin, NapoSite.News, NapoSiteWriter.NewsPath, _ => ""),
            Split(NapoSite.Origin, NapoSite.Blog, NapoSiteWriter.BlogPath, _ => "")),
        NapoMagazineSite.Name => Split(NapoMagazineSite.Origin, NapoMagazineSite.Posts, NapoMagazineSiteWriter.PostPath, _ => ""),
        _ => throw new ArgumentOutOfRangeException(nameof(site)),
    };

    private static (IReadOnlyList<string>, IReadOnlyList<string>) Split(
        string origin, IReadOnlyList<FixtureDocument> documents, Func<FixtureDocument, string> page, Func<FixtureDocument, string> pdf)
    {
        var fetched = documents.Where(d => !d.Disallowed).SelectMany(d => d.Pdf ? [origin + page(d), origin + pdf(d)] : new[] { origin + page(d) }).ToList();
        var disallowed = documents.Where(d => d.Disallowed).Select(d => origin + page(d)).ToList();
        return (fetched, disallowed);
    }

    private static (IReadOnlyList<string>, IReadOnlyList<string>) Merge(
        (IReadOnlyList<string> Fetched, IReadOnlyList<string> Disallowed) a, (IReadOnlyList<string> Fetched, IReadOnlyList<string> Disallowed) b) =>
        ([.. a.Fetched, .. b.Fetched], [.. a.Disallowed, .. b.Disallowed]);
}
