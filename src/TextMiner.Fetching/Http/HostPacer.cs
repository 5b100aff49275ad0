using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace TextMiner.Fetching.Http;

/// <summary>
/// Spaces requests to one host (scheme, host and port) at least <see cref="FetchOptions.MinRequestInterval"/> apart,
/// or the host's robots.txt crawl-delay if larger. Shared by every request of the process.
/// </summary>
internal sealed class HostPacer(IOptions<FetchOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, HostSlot> hosts = new(StringComparer.OrdinalIgnoreCase);

    public void SetCrawlDelay(Uri url, TimeSpan crawlDelay)
    {
        var capped = crawlDelay > options.Value.MaxCrawlDelay ? options.Value.MaxCrawlDelay : crawlDelay;
        Slot(url).CrawlDelay = capped;
    }

    public TimeSpan IntervalFor(Uri url)
    {
        var crawlDelay = Slot(url).CrawlDelay;
        return crawlDelay > options.Value.MinRequestInterval ? crawlDelay : options.Value.MinRequestInterval;
    }

    /// <summary>Waits for this host's next free slot and takes it.</summary>
    public Task WaitTurnAsync(Uri url, CancellationToken cancellationToken)
    {
        var slot = Slot(url);
        var interval = IntervalFor(url);
        var now = time.GetUtcNow();
        DateTimeOffset start;
        lock (slot)
        {
            start = slot.Next > now ? slot.Next : now;
            slot.Next = start + interval;
        }

        var wait = start - now;
        return wait > TimeSpan.Zero ? Task.Delay(wait, time, cancellationToken) : Task.CompletedTask;
    }

    private HostSlot Slot(Uri url) => hosts.GetOrAdd(url.GetLeftPart(UriPartial.Authority), _ => new HostSlot());

    private sealed class HostSlot
    {
        public DateTimeOffset Next { get; set; } = DateTimeOffset.MinValue;

        public TimeSpan CrawlDelay { get; set; }
    }
}
