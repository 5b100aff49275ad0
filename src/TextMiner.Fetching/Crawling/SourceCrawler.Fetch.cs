using HtmlAgilityPack;
using TextMiner.Core.Records;
using TextMiner.Fetching.Discovery;
using TextMiner.Fetching.Http;
using TextMiner.Fetching.Sources;

namespace TextMiner.Fetching.Crawling;

public sealed partial class SourceCrawler
{
    private async Task<(CrawlOutcome Outcome, IReadOnlyList<DocumentCandidate> Attachments)> FetchDocumentAsync(
        SourceDefinition source, SourceRules rules, DocumentCandidate candidate, CrawlOptions options, CancellationToken cancellationToken)
    {
        var url = candidate.Url.AbsoluteUri;
        var state = await store.GetAsync(url, cancellationToken).ConfigureAwait(false);
        var isPage = candidate.Parent is null && rules.HasAttachments;
        byte[]? archived = null;
        if (isPage && state?.Sha256 is { } sha && archive is not null && archive.Contains(sha))
        {
            archived = await archive.ReadAsync(sha, cancellationToken).ConfigureAwait(false);
        }

        // A report page whose earlier bytes are not archived is fetched whole: its attachments must be found.
        var conditional = !isPage || archived is not null;
        var result = await fetcher.GetAsync(
            rules.Urls.ToFetch(candidate.Url), conditional ? state?.ETag : null, conditional ? state?.LastModified : null, cancellationToken)
            .ConfigureAwait(false);

        switch (result.Status)
        {
            case FetchStatus.NotModified:
                var known = archived is null || !IsHtml(archived) ? [] : Attachments(rules, candidate, HtmlQuery.Load(archived), source.Page, candidate.Hints);
                return (new CrawlOutcome.NotModified(source.Name, url, candidate.Kind), known);
            case FetchStatus.Failed:
                return (new CrawlOutcome.Failed(source.Name, url, result.Error ?? FetchErrors.HttpStatus, result.Transient, result.StatusCode), []);
        }

        var bytes = result.Bytes!;
        var hints = candidate.Hints with { Kind = candidate.Kind };
        IReadOnlyList<DocumentCandidate> attachments = [];
        if (IsHtml(bytes) && candidate.Parent is null)
        {
            var page = HtmlQuery.Load(bytes);
            hints = PageHintReader.Read(page, source.Page, candidate.Kind, candidate.Hints);
            attachments = Attachments(rules, candidate, page, source.Page, hints);
        }

        if (options.Since is { } since && hints.Published < since)
        {
            return (new CrawlOutcome.Skipped(source.Name, url, $"{FetchErrors.BeforeSince}: {hints.Published:yyyy-MM-dd}"), []);
        }

        var raw = new RawDocument(source.Name, url, bytes, result.ContentType, result.FetchedAt, result.ETag, result.LastModified, hints);
        if (archive is not null)
        {
            await archive.SaveAsync(raw, cancellationToken).ConfigureAwait(false);
        }

        return (new CrawlOutcome.Fetched(raw), attachments);
    }

    /// <summary>The attachments (PDFs) a report page links to, dated by the page and titled by their link text.</summary>
    private static List<DocumentCandidate> Attachments(
        SourceRules rules, DocumentCandidate page, HtmlDocument html, PageRules? pageRules, PageHints pageHints)
    {
        if (!rules.HasAttachments)
        {
            return [];
        }

        var hints = pageHints.Title is null && pageHints.Published is null ? PageHintReader.Read(html, pageRules, page.Kind, page.Hints) : pageHints;
        var found = new CandidateSet();
        foreach (var a in HtmlQuery.Nodes(html.DocumentNode, "//a[@href]"))
        {
            var url = rules.Urls.Resolve(a.GetAttributeValue("href", ""), page.Url);
            if (url is null || !rules.IsAttachment(url, out var kind))
            {
                continue;
            }

            var text = HtmlQuery.Clean(a.InnerText);
            var title = text.Length >= 8 && !text.Contains("download", StringComparison.OrdinalIgnoreCase) ? text : hints.Title;
            var finalKind = kind ?? page.Kind;
            found.Add(new DocumentCandidate(url, finalKind, new PageHints(title, hints.Published, finalKind), Parent: page.Url));
        }

        return found.Items.ToList();
    }

    private static bool IsHtml(byte[] bytes) => ContentSniffer.Sniff(bytes) == ContentSniffer.Html;
}
