using TextMiner.Core.Records;

namespace TextMiner.Fetching.Discovery;

/// <summary>A document found by discovery (or on its report page), in canonical form, not yet fetched.</summary>
internal sealed record DocumentCandidate(Uri Url, string Kind, PageHints Hints, DateTimeOffset? Modified = null, Uri? Parent = null)
{
    public string Key => Core.DocumentId.Canonical(Url.AbsoluteUri);
}
