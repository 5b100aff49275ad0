using TextMiner.Core.Records;

namespace TextMiner.Fetching.Crawling;

public abstract partial record CrawlOutcome
{
    /// <summary>New bytes (a 200): the document goes on through the pipeline. Its hints hold title, date and kind.</summary>
    public sealed record Fetched(RawDocument Document) : CrawlOutcome(Document.Source, Document.Location);
}
