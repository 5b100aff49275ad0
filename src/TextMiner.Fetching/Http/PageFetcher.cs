using System.Net;
using System.Net.Http.Headers;
using Polly.CircuitBreaker;
using Polly.Timeout;
using TextMiner.Core.Stages;

namespace TextMiner.Fetching.Http;

/// <summary>
/// The typed HttpClient: conditional GETs through the handler chain (redirects → resilience → pacing → bounded body),
/// giving a <see cref="FetchedPage"/> (a 304 is ok, marked not-modified) or a failure with a <see cref="FetchErrors"/> code,
/// transient for timeouts, connection errors, an open circuit, 408, 429 and 5xx.
/// </summary>
internal sealed class PageFetcher(HttpClient client, TimeProvider time)
{
    public async Task<StageResult<FetchedPage>> GetAsync(
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
            return StageResult<FetchedPage>.Transient(FetchErrors.Timeout, "no complete response in time");
        }
        catch (BrokenCircuitException e)
        {
            return StageResult<FetchedPage>.Transient(FetchErrors.CircuitOpen, $"too many failures on {url.Authority} ({e.Message})");
        }
        catch (ResponseTooLargeException e)
        {
            return StageResult<FetchedPage>.Failed(e.Reason);
        }
        catch (TooManyRedirectsException e)
        {
            return StageResult<FetchedPage>.Failed(e.Reason);
        }
        catch (RedirectRefusedException e)
        {
            return StageResult<FetchedPage>.Failed(e.Reason);
        }
        catch (HttpRequestException e)
        {
            return StageResult<FetchedPage>.Transient(FetchErrors.Connection, e.Message);
        }
    }

    private async Task<StageResult<FetchedPage>> ReadAsync(Uri url, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        if (response.StatusCode == HttpStatusCode.NotModified)
        {
            return StageResult<FetchedPage>.Ok(Answer(response));
        }

        if (!response.IsSuccessStatusCode)
        {
            var transient = status is 408 or 429 || status >= 500;
            return StageResult<FetchedPage>.Failed(Diagnostic.Error(FetchErrors.HttpStatus, $"{status} {response.ReasonPhrase}"), transient, Answer(response));
        }

        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var (contentType, error) = ContentTypeCheck.Check(url, response.Content.Headers.ContentType?.ToString(), bytes);
        return error is not null
            ? StageResult<FetchedPage>.Failed(error, got: Answer(response))
            : StageResult<FetchedPage>.Ok(Answer(response) with { Bytes = bytes, ContentType = contentType });
    }

    /// <summary>The answer's status and validators, without a body.</summary>
    private FetchedPage Answer(HttpResponseMessage response) => new(
        time.GetUtcNow(), (int)response.StatusCode, ETag: response.Headers.ETag?.ToString(), LastModified: response.Content.Headers.LastModified);
}
