using TextMiner.Core.Stages;

namespace TextMiner.Fetching.Http;

/// <summary>A redirect chain longer than the limit (or a loop); not transient.</summary>
internal sealed class TooManyRedirectsException(string code, string detail) : Exception($"{code}: {detail}")
{
    /// <summary>The <see cref="FetchErrors"/> code and the detail, kept apart.</summary>
    public Diagnostic Reason { get; } = Diagnostic.Error(code, detail);
}
