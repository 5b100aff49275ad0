namespace TextMiner.Fetching.Http;

/// <summary>Inside the retry strategy, so every attempt (retries included) waits for its host's turn.</summary>
internal sealed class PacingHandler(HostPacer pacer) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        await pacer.WaitTurnAsync(request.RequestUri!, cancellationToken).ConfigureAwait(false);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
