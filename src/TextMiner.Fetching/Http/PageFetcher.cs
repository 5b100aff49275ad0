using System.Net;
using System.Net.Http.Headers;
using Polly.CircuitBreaker;
using Polly.Timeout;
using TextMiner.Core.Stages;

namespace TextMiner.Fetching.Http;

/// <summary>
/// The typed HttpClient: conditional GETs through the handler chain (redirects → resilience → pacing → bounded body),
/// turning every failure into a <see cref="FetchResult"/> with a reason and whether it is transient.
/// </summary>
internal sealed class PageFetcher(HttpClient client, TimeProvider time)
{
    public async Task<FetchResult> GetAsync(
        Uri url, string? etag, DateTimeOffset? lastModified, CancellationToken cancellationToken, Func<Uri, Uri?>? redirectPolicy = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (redirectPolicy is not null)
        {
            request.Options.Set(RedirectPolicy.Key, redirectPolicy);
        }

        if (etag is not null && EntityTagHeaderValue.TryParse(etag, out var tag))
        {
            request.Headers.IfNoneMatch.Add(tag);
        }

        if (lastModified is not null)
        {
            request.Headers.IfModifiedSince = lastModified;
        }

        try
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
            return await ReadAsync(url, response, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e) when (e is TimeoutRejectedException or TaskCanceledException)
        {
            return Failed(FetchErrors.Timeout, "no complete response in time", transient: true);
        }
        catch (BrokenCircuitException e)
        {
            return Failed(FetchErrors.CircuitOpen, $"too many failures on {url.Authority} ({e.Message})", transient: true);
        }
        catch (ResponseTooLargeException e)
        {
            return Failed(e.Reason, transient: false);
        }
        catch (TooManyRedirectsException e)
        {
            return Failed(e.Reason, transient: false);
        }
        catch (RedirectRefusedException e)
        {
            return Failed(e.Reason, transient: false);
        }
        catch (HttpRequestException e)
        {
            return Failed(FetchErrors.Connection, e.Message, transient: true);
        }
    }

    private async Task<FetchResult> ReadAsync(Uri url, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        var etag = response.Headers.ETag?.ToString();
        var lastModified = response.Content.Headers.LastModified;
        if (response.StatusCode == HttpStatusCode.NotModified)
        {
            return new FetchResult(FetchStatus.NotModified, time.GetUtcNow(), status, ETag: etag, LastModified: lastModified);
        }

        if (!response.IsSuccessStatusCode)
        {
            var transient = status is 408 or 429 || status >= 500;
            return Failed(FetchErrors.HttpStatus, $"{status} {response.ReasonPhrase}", transient, status);
        }

        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var (contentType, error) = ContentTypeCheck.Check(url, response.Content.Headers.ContentType?.ToString(), bytes);
        return error is not null
            ? Failed(error, transient: false, status)
            : new FetchResult(FetchStatus.Ok, time.GetUtcNow(), status, bytes, contentType, etag, lastModified);
    }

    private FetchResult Failed(string code, string detail, bool transient, int? status = null) =>
        Failed(Diagnostic.Error(code, detail), transient, status);

    private FetchResult Failed(Diagnostic error, bool transient, int? status = null) =>
        new(FetchStatus.Failed, time.GetUtcNow(), status, Error: error, Transient: transient);
}
