namespace TextMiner.Web.Api;

/// <summary>A code from <see cref="WebErrors"/> or the search error codes, and a one-line message.</summary>
internal sealed record ErrorDetail(string Code, string Message);
