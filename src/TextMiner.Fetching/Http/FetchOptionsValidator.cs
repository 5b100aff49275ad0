using Microsoft.Extensions.Options;

namespace TextMiner.Fetching.Http;

/// <summary>Rejects options the resilience pipeline or a polite crawl cannot work with, one message per problem.</summary>
internal sealed class FetchOptionsValidator : IValidateOptions<FetchOptions>
{
    public ValidateOptionsResult Validate(string? name, FetchOptions options)
    {
        var errors = new List<string>();
        void Check(bool ok, string message)
        {
            if (!ok)
            {
                errors.Add(message);
            }
        }

        Check(options.ContactUrl is { IsAbsoluteUri: true } u && (u.Scheme == Uri.UriSchemeHttps || u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeMailto),
            FetchErrors.OptionContactUrl);
        Check(!string.IsNullOrWhiteSpace(options.UserAgentProduct) && options.UserAgentProduct.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'),
            FetchErrors.OptionUserAgent);
        Check(!string.IsNullOrWhiteSpace(options.UserAgentVersion) && !options.UserAgentVersion.Any(char.IsWhiteSpace), FetchErrors.OptionUserAgent);
        Check(options.MinRequestInterval >= TimeSpan.Zero && options.MinRequestInterval <= TimeSpan.FromMinutes(10), FetchErrors.OptionInterval);
        Check(options.MaxCrawlDelay >= options.MinRequestInterval, FetchErrors.OptionCrawlDelay);
        Check(options.AttemptTimeout >= TimeSpan.FromMilliseconds(10) && options.AttemptTimeout <= TimeSpan.FromHours(1), FetchErrors.OptionAttemptTimeout);
        Check(options.TotalTimeout > options.AttemptTimeout && options.TotalTimeout <= TimeSpan.FromHours(24), FetchErrors.OptionTotalTimeout);
        Check(options.MaxRetries is >= 0 and <= 20, FetchErrors.OptionRetries);
        Check(options.RetryBaseDelay >= TimeSpan.Zero && options.RetryBaseDelay <= options.MaxRetryDelay, FetchErrors.OptionRetryDelay);
        Check(options.CircuitBreakerFailureRatio is > 0 and <= 1, FetchErrors.OptionBreaker);
        Check(options.CircuitBreakerMinimumThroughput >= 2, FetchErrors.OptionBreaker);
        Check(options.CircuitBreakerSamplingDuration >= TimeSpan.FromMilliseconds(500), FetchErrors.OptionBreaker);
        Check(options.CircuitBreakerBreakDuration >= TimeSpan.FromMilliseconds(500), FetchErrors.OptionBreaker);
        Check(options.MaxBodyBytes >= 1024, FetchErrors.OptionMaxBody);
        Check(options.MaxRedirects is >= 0 and <= 20, FetchErrors.OptionRedirects);
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
