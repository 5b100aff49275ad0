using HtmlAgilityPack;
using TextMiner.Core.Records;

namespace TextMiner.Fetching.Crawling;

public abstract partial record CrawlOutcome
{
    /// <summary>New bytes (a 200): the document goes on through the pipeline. Its hints hold title, date and kind.</summary>
    public sealed record Fetched(RawDocument Document) : CrawlOutcome(Document.Source, Document.Location)
    {
        /// <summary>A report page's DOM as loaded to read its links (<see cref="Http.FetchOptions.LoadPage"/>); null for other documents.</summary>
        public HtmlDocument? Page { get; init; }
    }
}
