using TextMiner.Pipeline;

namespace TextMiner.Web.Services;

/// <summary>
/// Each speaker's organisation (the most frequent one they are quoted with), read from the store and kept for a minute,
/// so the quotes page can count organisations from the index's speaker facet without a second search.
/// </summary>
internal sealed class SpeakerDirectory(ReadOnlyData data, TimeProvider time)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);
    private readonly SemaphoreSlim gate = new(1, 1);
    private IReadOnlyDictionary<string, string> organisations = new Dictionary<string, string>();
    private DateTimeOffset loadedAt = DateTimeOffset.MinValue;

    public async Task<IReadOnlyDictionary<string, string>> OrganisationsAsync(CancellationToken cancellationToken)
    {
        if (time.GetUtcNow() - loadedAt < Lifetime)
        {
            return organisations;
        }

        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (time.GetUtcNow() - loadedAt >= Lifetime && await data.GetStoreAsync(cancellationToken).ConfigureAwait(false) is { } store)
            {
                var counts = new Dictionary<(string Speaker, string Organisation), int>();
                await foreach (var stored in store.ReadQuotesAsync(cancellationToken).ConfigureAwait(false))
                {
                    if (!string.IsNullOrWhiteSpace(stored.Quote.Speaker) && !string.IsNullOrWhiteSpace(stored.Quote.Organisation))
                    {
                        var key = (stored.Quote.Speaker.Trim(), stored.Quote.Organisation.Trim());
                        counts[key] = counts.GetValueOrDefault(key) + 1;
                    }
                }

                organisations = counts
                    .GroupBy(c => c.Key.Speaker, StringComparer.OrdinalIgnoreCase)
                    .ToDictionary(
                        g => g.Key,
                        g => g.OrderByDescending(c => c.Value).ThenBy(c => c.Key.Organisation, StringComparer.Ordinal).First().Key.Organisation,
                        StringComparer.OrdinalIgnoreCase);
                loadedAt = time.GetUtcNow();
            }

            return organisations;
        }
        finally
        {
            gate.Release();
        }
    }
}
