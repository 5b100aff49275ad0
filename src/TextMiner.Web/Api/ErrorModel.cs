namespace TextMiner.Web.Api;

/// <summary>The body of every API error: {"error":{"code":"...","message":"..."}}.</summary>
internal sealed record ErrorModel(ErrorDetail Error)
{
    public static ErrorModel Of(string code, string message) => new(new ErrorDetail(code, message));
}
