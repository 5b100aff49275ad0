using TextMiner.Core.Stages;

namespace TextMiner.Fetching.Http;

/// <summary>A body over the limit; not transient, so not retried.</summary>
internal sealed class ResponseTooLargeException(string code, string detail) : Exception($"{code}: {detail}")
{
    /// <summary>The <see cref="FetchErrors"/> code and the detail, kept apart.</summary>
    public Diagnostic Reason { get; } = Diagnostic.Error(code, detail);
}
