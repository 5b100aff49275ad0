namespace TextMiner.Cli;

/// <summary>Absolute http(s) URLs from option text, with a one-line reason when the text is not one.</summary>
public static class UriArguments
{
    public const string NotAnHttpUrl = "'{0}' for {1} is not an absolute http(s) URL";

    public static bool TryParse(string? text, string option, out Uri? uri, out string? error)
    {
        uri = null;
        error = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (Uri.TryCreate(text, UriKind.Absolute, out var parsed) && (parsed.Scheme == Uri.UriSchemeHttp || parsed.Scheme == Uri.UriSchemeHttps))
        {
            uri = parsed;
            return true;
        }

        error = string.Format(System.Globalization.CultureInfo.InvariantCulture, NotAnHttpUrl, text, option);
        return false;
    }
}
