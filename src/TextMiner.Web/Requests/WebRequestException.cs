namespace TextMiner.Web.Requests;

/// <summary>A request the app will not run: a 400 (or 404) with a code from <see cref="WebErrors"/> and a one-line message.</summary>
internal sealed class WebRequestException(string code, string message, int status = 400) : Exception(message)
{
    public string Code { get; } = code;

    public int Status { get; } = status;
}
