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
        var slot = Slot(url);
        lock (slot)
        {
            slot.CrawlDelay = capped;
            var next = slot.LastStart == DateTimeOffset.MinValue ? slot.Next : slot.LastStart + IntervalFor(url);
            slot.Next = next > slot.Next ? next : slot.Next;
        }
    }

    public TimeSpan IntervalFor(Uri url)
    {
        var crawlDelay = Slot(url).CrawlDelay;
        return crawlDelay > options.Value.MinRequestInterval ? crawlDelay : options.Value.MinRequestInterval;
    }

    /// <summary>
    /// Waits until this host's next free slot and takes it. The slot is taken when the wait is over, not when it
    /// begins, so a timer that fires late never lets the following request come early.
    /// </summary>
    public async Task WaitTurnAsync(Uri url, CancellationToken cancellationToken)
    {
        var slot = Slot(url);
        while (true)
        {
            TimeSpan wait;
            lock (slot)
            {
                var now = time.GetUtcNow();
                wait = slot.Next - now;
                if (wait <= TimeSpan.Zero)
                {
                    slot.LastStart = now;
                    slot.Next = now + IntervalFor(url);
                    return;
                }
            }

            await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
        }
    }

    private HostSlot Slot(Uri url) => hosts.GetOrAdd(url.GetLeftPart(UriPartial.Authority), _ => new HostSlot());

    private sealed class HostSlot
    {
        public DateTimeOffset Next { get; set; } = DateTimeOffset.MinValue;

        public TimeSpan CrawlDelay { get; set; }

        public DateTimeOffset LastStart { get; set; } = DateTimeOffset.MinValue;
    }
}
