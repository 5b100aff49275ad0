namespace TextMiner.Fetching.Tests.FixtureSites;

/// <summary>
/// One document of a generated fixture site: its canonical <see cref="Path"/> on the real host, and the path of the
/// PDF its page links to, if any.
/// </summary>
internal sealed record FixtureDocument(string Slug, string Title, DateOnly Date, IReadOnlyList<string> Paragraphs, bool Pdf = false, bool Disallowed = false)
{
    public string Path { get; init; } = "/" + Slug;

    public string? PdfPath { get; init; }
}
