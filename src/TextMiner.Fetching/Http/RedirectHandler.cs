using System.Net;
using Microsoft.Extensions.Options;

namespace TextMiner.Fetching.Http;

/// <summary>
/// Follows redirects outside the resilience handler, so each hop is paced, retried and timed like any request, and a
/// loop ends after <see cref="FetchOptions.MaxRedirects"/> hops.
/// </summary>
internal sealed class RedirectHandler(IOptions<FetchOptions> options) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var visited = new HashSet<string>(StringComparer.Ordinal) { request.RequestUri!.AbsoluteUri };
        var current = request;
        for (var hop = 0; ; hop++)
        {
            var response = await base.SendAsync(current, cancellationToken).ConfigureAwait(false);
            if (!IsRedirect(response.StatusCode) || response.Headers.Location is null)
            {
                return response;
            }

            var target = response.Headers.Location.IsAbsoluteUri
                ? response.Headers.Location
                : new Uri(current.RequestUri!, response.Headers.Location);
            response.Dispose();
            if (hop >= options.Value.MaxRedirects || !visited.Add(target.AbsoluteUri))
            {
                throw new TooManyRedirectsException($"{FetchErrors.TooManyRedirects}: {request.RequestUri} → {target} after {hop + 1} hops");
            }

            var next = new HttpRequestMessage(HttpMethod.Get, target) { Version = current.Version };
            foreach (var header in current.Headers)
            {
                next.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }

            current = next;
        }
    }

    private static bool IsRedirect(HttpStatusCode status) => status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found
        or HttpStatusCode.SeeOther or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;
}
