using HtmlAgilityPack;
using TextMiner.Core.Records;
using TextMiner.Core.Stages;
using TextMiner.Fetching.Discovery;
using TextMiner.Fetching.Http;
using TextMiner.Fetching.Sources;

namespace TextMiner.Fetching.Crawling;

public sealed partial class SourceCrawler
{
    private async Task<(CrawlOutcome Outcome, IReadOnlyList<DocumentCandidate> Attachments)> FetchDocumentAsync(
        CrawlContext crawl, DocumentCandidate candidate, CancellationToken cancellationToken)
    {
        var (source, rules, options) = (crawl.Source, crawl.Rules, crawl.Options);
        var url = candidate.Url.AbsoluteUri;
        var state = await store.GetAsync(url, cancellationToken).ConfigureAwait(false);
        var isPage = candidate.Parent is null;
        byte[]? archived = null;
        if (isPage && state?.Sha256 is { } sha && archive is not null && archive.Contains(sha))
        {
            archived = await archive.ReadAsync(sha, cancellationToken).ConfigureAwait(false);
        }

        // A page whose earlier bytes are not archived is fetched whole: its attachments and canonical link must be read.
        var conditional = !isPage || archived is not null;
        var result = await fetcher.GetAsync(
            rules.Urls.ToFetch(candidate.Url), conditional ? state?.ETag : null, conditional ? state?.LastModified : null, cancellationToken, crawl.Redirects)
            .ConfigureAwait(false);

        if (result is not { IsOk: true, Value: { } fetched })
        {
            return (CrawlOutcome.Failed.Of(source.Name, url, result), []);
        }

        var notModified = fetched.NotModified;
        var bytes = notModified ? archived : fetched.Bytes!;
        var page = bytes is not null && isPage && IsHtml(bytes) ? fetchOptions.LoadPage(bytes) : null;
        if (page is not null && CanonicalOf(rules, candidate, page) is { } canonical)
        {
            // An alias (Drupal's /node/<n>) names its document's URL: one document, kept under that URL.
            if (!notModified)
            {
                await crawl.Pages.KeepAsync(candidate.Url, fetched, bytes!, cancellationToken).ConfigureAwait(false);
            }

            var canonicalKey = Core.DocumentId.Canonical(canonical.AbsoluteUri);
            if (crawl.Done.Contains(canonicalKey) || crawl.Discovered.Contains(canonicalKey))
            {
                return (new CrawlOutcome.Skipped(source.Name, url, Diagnostic.Info(FetchErrors.Duplicate, $"the page's canonical link is {canonical.AbsoluteUri}")), []);
            }

            crawl.Done.Add(canonicalKey);
            candidate = candidate with { Url = canonical };
            url = canonical.AbsoluteUri;
        }

        if (notModified)
        {
            var known = page is null ? [] : Attachments(rules, candidate, page, source.Page, candidate.Hints);
            return (new CrawlOutcome.NotModified(source.Name, url, candidate.Kind), known);
        }

        var hints = candidate.Hints with { Kind = candidate.Kind };
        IReadOnlyList<DocumentCandidate> attachments = [];
        if (page is not null)
        {
            hints = PageHintReader.Read(page, source.Page, candidate.Kind, candidate.Hints);
            attachments = Attachments(rules, candidate, page, source.Page, hints);
        }

        if (options.Since is { } since && hints.Published < since)
        {
            return (new CrawlOutcome.Skipped(source.Name, url, Diagnostic.Info(FetchErrors.BeforeSince, $"{hints.Published:yyyy-MM-dd}")), []);
        }

        var raw = new RawDocument(source.Name, url, bytes!, fetched.ContentType, fetched.FetchedAt, fetched.ETag, fetched.LastModified, hints);
        if (archive is not null)
        {
            await archive.SaveAsync(raw, cancellationToken).ConfigureAwait(false);
        }

        return (new CrawlOutcome.Fetched(raw) { Page = page }, attachments);
    }

    /// <summary>The page's canonical link when it names another document URL on the source's hosts; else null.</summary>
    private static Uri? CanonicalOf(SourceRules rules, DocumentCandidate candidate, HtmlDocument page)
    {
        var href = HtmlQuery.First(page.DocumentNode, "//link[@rel='canonical']/@href");
        var canonical = href is null ? null : rules.Urls.Resolve(href, candidate.Url);
        return canonical is not null && rules.IsCandidateLink(canonical)
            && Core.DocumentId.Canonical(canonical.AbsoluteUri) != candidate.Key ? canonical : null;
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

            // "Report title (PDF, 1.1 MB)" names the file; "Download the full report" does not.
            var text = System.Text.RegularExpressions.Regex.Replace(
                HtmlQuery.Clean(a.InnerText), @"\s*\((?:pdf|PDF)\b[^)]*\)\s*$", "", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));
            var title = text.Length >= 8 && !text.Contains("download", StringComparison.OrdinalIgnoreCase) ? text : hints.Title;
            var finalKind = kind ?? hints.Kind ?? page.Kind;
            found.Add(new DocumentCandidate(url, finalKind, new PageHints(title, hints.Published, finalKind), Parent: page.Url));
        }

        return found.Items.ToList();
    }

    private static bool IsHtml(byte[] bytes) => ContentTypeCheck.Sniff(bytes) == ContentTypeCheck.Html;
}
