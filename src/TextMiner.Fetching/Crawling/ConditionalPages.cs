using TextMiner.Core;
using TextMiner.Core.Records;
using TextMiner.Core.Stages;
using TextMiner.Fetching.Http;

namespace TextMiner.Fetching.Crawling;

/// <summary>
/// The pages a crawl reads but does not store as documents — robots.txt, sitemaps, feeds, listing pages, and a
/// document's alias URL — fetched with the validators of their last fetch, so a quiet night is answered 304. Their bytes
/// are kept in the raw archive and their validators in the crawl state (written here, at once: they are not documents),
/// and a 304 gives back the archived bytes so discovery reads the same links again.
/// </summary>
internal sealed class ConditionalPages(PageFetcher fetcher, ICrawlStateStore store, RawArchive? archive, TimeProvider time, string source)
{
    /// <summary>
    /// Fetches <paramref name="target"/> (the canonical URL, or its copy on a mirror), remembered under
    /// <paramref name="canonical"/>. A 304 comes back ok with the archived bytes.
    /// </summary>
    public async Task<StageResult<FetchedPage>> GetAsync(Uri canonical, Uri target, Func<Uri, Uri?>? redirectPolicy, CancellationToken cancellationToken)
    {
        var state = await store.GetAsync(canonical.AbsoluteUri, cancellationToken).ConfigureAwait(false);
        var sha = state?.Sha256 is { } s && archive is not null && archive.Contains(s) ? s : null;
        var result = await fetcher.GetAsync(target, sha is null ? null : state!.ETag, sha is null ? null : state!.LastModified, cancellationToken, redirectPolicy)
            .ConfigureAwait(false);
        if (result is { IsOk: true, Value: { NotModified: true } notModified } && sha is not null)
        {
            await RememberAsync(canonical, state, notModified, sha, cancellationToken).ConfigureAwait(false);
            return StageResult<FetchedPage>.Ok(notModified with { Bytes = await archive!.ReadAsync(sha, cancellationToken).ConfigureAwait(false) });
        }

        if (result is { IsOk: true, Value: { Bytes: { } bytes } page })
        {
            await KeepAsync(canonical, state, page, bytes, cancellationToken).ConfigureAwait(false);
        }

        return result;
    }

    /// <summary>Keeps a page's bytes and validators (a document's alias, fetched by the document path).</summary>
    public async Task KeepAsync(Uri canonical, FetchedPage page, byte[] bytes, CancellationToken cancellationToken)
    {
        var state = await store.GetAsync(canonical.AbsoluteUri, cancellationToken).ConfigureAwait(false);
        await KeepAsync(canonical, state, page, bytes, cancellationToken).ConfigureAwait(false);
    }

    private async Task KeepAsync(Uri canonical, CrawlRecord? state, FetchedPage page, byte[] bytes, CancellationToken cancellationToken)
    {
        var sha = ContentHash.Sha256Hex(bytes);
        if (archive is not null)
        {
            await archive.SaveAsync(new RawDocument(source, canonical.AbsoluteUri, bytes, page.ContentType, page.FetchedAt), cancellationToken).ConfigureAwait(false);
        }

        await RememberAsync(canonical, state, page, sha, cancellationToken).ConfigureAwait(false);
    }

    private Task RememberAsync(Uri canonical, CrawlRecord? state, FetchedPage page, string sha, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var record = (state ?? new CrawlRecord(canonical.AbsoluteUri, source, null, null, null, now, now, null, null, null)) with
        {
            Sha256 = sha,
            LastSeen = now,
            LastStatus = page.StatusCode,
            LastError = null,
        };
        if (!page.NotModified)
        {
            record = record with { ETag = page.ETag, LastModified = page.LastModified, LastFetched = page.FetchedAt };
        }

        return store.PutAsync(record, cancellationToken);
    }
}
