using TextMiner.Storage;

namespace TextMiner.Pipeline.Nightly;

/// <summary>
/// A document that changed at the same URL: the old version is kept in the store's history, and
/// <paramref name="Diff"/> says what changed in its ratings, figures and quotes (<paramref name="Change"/> in short).
/// </summary>
public sealed record VersionChange(string Id, string Url, string Title, string Version, string Change, FindingsDiff Diff);
