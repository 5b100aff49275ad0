namespace TextMiner.Web;

/// <summary>The limits on what a request may ask for; over them the answer is a friendly 400.</summary>
public static class WebLimits
{
    public const int MaxQueryLength = 1000;
    public const int MaxFilterLength = 200;
    public const int MaxPageSize = 100;
    public const int DefaultPageSize = 20;
    public const int MaxPage = 1000;
}
