namespace TextMiner.Fetching.Http;

/// <summary>A redirect chain longer than the limit (or a loop); not transient.</summary>
internal sealed class TooManyRedirectsException(string message) : Exception(message);
