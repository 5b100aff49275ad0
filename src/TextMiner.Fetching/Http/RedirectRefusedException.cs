namespace TextMiner.Fetching.Http;

/// <summary>A redirect the crawler will not follow (another scheme, or off the source's hosts); not transient.</summary>
internal sealed class RedirectRefusedException(string message) : Exception(message);
