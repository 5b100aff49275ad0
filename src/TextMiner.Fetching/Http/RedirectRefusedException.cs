using TextMiner.Core.Stages;

namespace TextMiner.Fetching.Http;

/// <summary>A redirect the crawler will not follow (another scheme, or off the source's hosts); not transient.</summary>
internal sealed class RedirectRefusedException(string code, string detail) : Exception($"{code}: {detail}")
{
    /// <summary>The <see cref="FetchErrors"/> code and the detail, kept apart.</summary>
    public Diagnostic Reason { get; } = Diagnostic.Error(code, detail);
}
