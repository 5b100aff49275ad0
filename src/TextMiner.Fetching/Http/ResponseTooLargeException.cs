namespace TextMiner.Fetching.Http;

/// <summary>A body over the limit; not transient, so not retried.</summary>
internal sealed class ResponseTooLargeException(string message) : Exception(message);
