namespace TextMiner.Fetching.Tests.FixtureSites;

/// <summary>One document of a generated fixture site.</summary>
internal sealed record FixtureDocument(string Slug, string Title, DateOnly Date, IReadOnlyList<string> Paragraphs, bool Pdf = false, bool Disallowed = false);
