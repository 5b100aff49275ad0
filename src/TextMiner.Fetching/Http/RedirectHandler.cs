using System.Net;
using Microsoft.Extensions.Options;

namespace TextMiner.Fetching.Http;

/// <summary>
/// Follows redirects outside the resilience handler, so each hop is paced, retried and timed like any request. A hop to
/// another scheme (<c>file:</c>, <c>ftp:</c>, <c>javascript:</c>) or off the source's hosts is refused before anything is
/// sent; a loop, or a chain longer than <see cref="FetchOptions.MaxRedirects"/>, fails with its path.
/// </summary>
internal sealed class RedirectHandler(IOptions<FetchOptions> options) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var policy = request.Options.TryGetValue(RedirectPolicy.Key, out var given) ? given : target => RedirectPolicy.SameHost(request.RequestUri!, target);
        var chain = new List<string> { request.RequestUri!.AbsoluteUri };
        var current = request;
        for (var hop = 0; ; hop++)
        {
            var response = await base.SendAsync(current, cancellationToken).ConfigureAwait(false);
            if (!IsRedirect(response.StatusCode) || response.Headers.Location is null)
            {
                return response;
            }

            var location = response.Headers.Location;
            var target = location.IsAbsoluteUri ? location : new Uri(current.RequestUri!, location);
            response.Dispose();
            if (target.Scheme != Uri.UriSchemeHttp && target.Scheme != Uri.UriSchemeHttps)
            {
                throw new RedirectRefusedException(FetchErrors.RedirectRefused, $"{request.RequestUri} redirects to a {target.Scheme}: URL; not followed");
            }

            var next = policy(target);
            if (next is null)
            {
                throw new RedirectRefusedException(FetchErrors.RedirectOffSite, $"{request.RequestUri} redirects to {target.GetLeftPart(UriPartial.Path)}, off the source's hosts; not fetched");
            }

            if (chain.Contains(next.AbsoluteUri))
            {
                throw new TooManyRedirectsException(FetchErrors.RedirectLoop, $"{string.Join(" → ", chain)} → {next.AbsoluteUri}");
            }

            chain.Add(next.AbsoluteUri);
            if (hop >= options.Value.MaxRedirects)
            {
                throw new TooManyRedirectsException(FetchErrors.TooManyRedirects, $"{request.RequestUri} → {next} after {hop + 1} hops");
            }

            var following = new HttpRequestMessage(HttpMethod.Get, next) { Version = current.Version };
            foreach (var header in current.Headers)
            {
                following.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }

            current = following;
        }
    }

    private static bool IsRedirect(HttpStatusCode status) => status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found
        or HttpStatusCode.SeeOther or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;
}
