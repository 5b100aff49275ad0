using System.Net.Http.Headers;
using Microsoft.Extensions.Options;

namespace TextMiner.Fetching.Http;

/// <summary>
/// Reads the body inside the attempt, so a truncated body or a stalled stream is a transient failure the retry
/// strategy sees, and stops reading past <see cref="FetchOptions.MaxBodyBytes"/>.
/// </summary>
internal sealed class BoundedContentHandler(IOptions<FetchOptions> options) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var max = options.Value.MaxBodyBytes;
        if (response.Content.Headers.ContentLength > max)
        {
            response.Dispose();
            throw new ResponseTooLargeException(FetchErrors.TooLarge, $"declared {response.Content.Headers.ContentLength} bytes, limit {max}");
        }

        try
        {
            var bytes = await ReadBoundedAsync(response.Content, max, cancellationToken).ConfigureAwait(false);
            var content = new ByteArrayContent(bytes);
            foreach (var header in response.Content.Headers)
            {
                if (!string.Equals(header.Key, "Content-Length", StringComparison.OrdinalIgnoreCase))
                {
                    content.Headers.TryAddWithoutValidation(header.Key, header.Value);
                }
            }

            response.Content = content;
            return response;
        }
        catch (IOException e)
        {
            response.Dispose();
            throw new HttpRequestException($"body ended early ({e.Message})", e);
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    private static async Task<byte[]> ReadBoundedAsync(HttpContent content, long max, CancellationToken cancellationToken)
    {
        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > max)
                {
                    throw new ResponseTooLargeException(FetchErrors.TooLarge, $"more than {max} bytes");
                }

                buffer.Write(chunk, 0, read);
            }

            return buffer.ToArray();
        }
    }
}
